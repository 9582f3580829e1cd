/**
 * English for the messages the server and the shared schemas write in Chinese, keyed by the
 * Chinese text; `{name}` marks a part that varies and is carried over (itself looked up).
 * Add an entry when a message is added; a message without one is shown in Chinese.
 */
export const englishMessages: Record<string, string> = {
  // Error codes' default messages (packages/shared/src/errors.ts).
  请求参数有误: "The request has invalid fields",
  "请求体不是合法的 JSON": "The request body is not valid JSON",
  请先登录: "Please sign in",
  "会话已过期，请重新登录": "Your session has expired; please sign in again",
  用户名或密码错误: "Wrong username or password",
  "连续登录失败次数过多，账号已锁定，请稍后再试":
    "Too many failed sign-ins; the account is locked for a while",
  "账号已停用，请联系系统管理员": "This account is disabled; contact the system administrator",
  生产环境不允许使用演示账号: "Demo accounts cannot sign in to a production system",
  请先修改密码: "Please change your password first",
  密码不符合安全要求: "The password does not meet the security rules",
  "请求缺少有效的 CSRF 令牌，请刷新页面后重试":
    "The request lacks a valid CSRF token; reload the page and try again",
  没有权限执行此操作: "You do not have permission to do this",
  记录不存在: "The record does not exist",
  接口不存在: "No such API endpoint",
  数据冲突: "Conflicting data",
  "请求过于频繁，请稍后再试": "Too many requests; please try again later",
  上传内容过大: "The upload is too large",
  "导入失败，文件中存在错误行": "Import failed: the file has rows with errors",
  "服务器内部错误，请稍后再试": "Internal server error; please try again later",

  // Common validation messages (packages/shared/src/zodLocale.ts and the schemas).
  不能为空: "is required",
  "长度不能超过 {n} 个字符": "must be at most {n} characters",
  "长度至少 {n} 个字符": "must be at least {n} characters",
  "至少 {n} 个字符": "must be at least {n} characters",
  "最多 {n} 项": "at most {n} items",
  "至少 {n} 项": "at least {n} items",
  "不能大于 {n}": "must not be greater than {n}",
  "不能小于 {n}": "must not be less than {n}",
  "取值无效，可选值：{values}": "invalid value; allowed: {values}",
  "不允许的字段：{keys}": "unknown fields: {keys}",
  不允许的字段: "unknown field",
  "类型错误，应为{type}": "wrong type, expected {type}",
  文本: "text",
  数字: "a number",
  整数: "an integer",
  布尔值: "true or false",
  对象: "an object",
  列表: "a list",
  日期: "a date",
  不是有效日期: "is not a valid date",
  "日期格式应为 YYYY-MM-DD": "dates are written YYYY-MM-DD",
  不能晚于今天: "must not be later than today",
  不能早于发证日期: "must not be earlier than the certificate date",
  不能早于起始日期: "must not be earlier than the start date",
  不能重复: "must not repeat",
  不能重复选择: "chosen more than once",
  不能为负数: "must not be negative",
  应为数字: "must be a number",
  须为整数: "must be a whole number",
  "应大于 0": "must be greater than 0",
  "须大于 0": "must be greater than 0",
  最多保留两位小数: "at most two decimal places",
  "须为 0.5 的整数倍": "must be a multiple of 0.5",
  "应为 12 位数字": "must be 12 digits",
  不是有效的区划: "is not a valid region",
  请选择所属区划: "choose a region",
  "不是有效的区划，请重新选择": "is not a valid region; choose again",
  "须为区（县）及以下": "must be a district or below",
  "须为区（县）或街道（乡镇）": "must be a district or a street",
  "须为街道（乡镇）或社区（村）": "must be a street or a community",
  "应为 11 位手机号码，以 13–19 开头": "must be an 11-digit mobile number starting with 13–19",
  "应为 11 位，以 13–19 开头": "must be 11 digits starting with 13–19",
  "不能包含“<”或“>”": "must not contain “<” or “>”",
  "不能包含换行、制表符等控制字符": "must not contain line breaks, tabs or other control characters",
  "至少选择 1 名志愿者": "choose at least 1 volunteer",
  "排序字段格式应为 字段名 或 -字段名": "sort is written as field or -field",
  "只能包含字母、数字和连字符": "may contain only letters, digits and hyphens",
  "须以小写字母开头，只能包含小写字母、数字、下划线、点和连字符":
    "must start with a lowercase letter and contain only lowercase letters, digits, _ . and -",
  持证人员须填写证书编号: "a certificate holder needs the certificate number",
  持证人员须填写发证日期: "a certificate holder needs the certificate date",
  "资格等级为“无”时不应填写": "must be left blank when the qualification is “none”",
  "社会工作服务站须设在街道（乡镇）一级": "a social work station belongs at street (township) level",

  // ID numbers and passwords (packages/shared/src/validators, password.ts).
  "校验位不正确，请核对号码": "the check character is wrong; check the number",
  "前 17 位须为数字，最后一位为数字或 X": "the first 17 characters are digits, the last a digit or X",
  前两位省级地址码无效: "the first two digits are not a province code",
  出生日期无效: "the birth date is invalid",
  出生日期不能晚于今天: "the birth date is later than today",
  密码不能包含用户名: "the password must not contain the username",
  "密码长度不能超过 128 位": "the password must be at most 128 characters",
  "密码须包含大写字母、小写字母、数字、符号中的至少三类":
    "the password needs three of: uppercase, lowercase, digits, symbols",

  // Records the server looks up.
  用户不存在: "The user does not exist",
  志愿者不存在: "The volunteer does not exist",
  区划不存在: "The region does not exist",
  社会组织不存在: "The social organization does not exist",
  社会工作者不存在: "The social worker does not exist",
  服务平台不存在: "The platform does not exist",
  志愿服务队不存在: "The volunteer team does not exist",
  错误报告不存在或已过期: "The error report does not exist or has expired",
  任务不存在或已过期: "The job does not exist or has expired",
  该志愿者不是本队队员: "This volunteer is not a member of the team",
  不能停用自己的账号: "You cannot disable your own account",
  不能修改自己的角色: "You cannot change your own role",
  用户名已存在: "The username is taken",
  该身份证号已登记为志愿者: "This ID number is already registered as a volunteer",
  没有导出完整个人信息的权限: "You may not export full personal data",

  // Region levels, carried inside messages (one level, or several joined by 或).
  市: "city",
  "区（县）": "district (county)",
  "街道（乡镇）": "street (township)",
  "社区（村）": "community (village)",
  "市或区（县）": "city or district (county)",
  "区（县）或街道（乡镇）": "district (county) or street (township)",
  "街道（乡镇）或社区（村）": "street (township) or community (village)",
  "市或区（县）或街道（乡镇）": "city, district (county) or street (township)",
  "区（县）或街道（乡镇）或社区（村）": "district (county), street (township) or community (village)",
  "市或区（县）或街道（乡镇）或社区（村）":
    "city, district (county), street (township) or community (village)",

  // Records and fields the modules name in messages (scopedLoader, module field labels).
  区划: "Region",
  社会工作者: "Social worker",
  志愿者: "Volunteer",
  志愿服务队: "Volunteer team",
  文件: "File",
  字段: "Field",
  完整导出: "Full export",
  单位类型: "Employer type",
  登记到期天数: "Days until registration expires",
  "请选择{label}": "{label}: please choose one",
  请选择所在区划: "choose a region",
  请选择服务平台: "choose a platform",
  请选择社会组织: "choose a social organization",
  请选择社会工作部门: "choose a social work department",
  "请求参数有误（{code}）": "The request has invalid fields ({code})",
  "{name}（编号 {id}）": "{name} (no. {id})",
  不存在或不在您的管辖范围内: "does not exist or is outside your area",
  已被使用: "is already taken",

  // Sign-in, passwords and accounts (auth.service, users.service, users.policy, password.ts).
  当前密码不正确: "The current password is incorrect",
  不正确: "is incorrect",
  新密码不能与当前密码相同: "the new password must differ from the current one",
  "密码长度至少 {n} 位": "the password must be at least {n} characters",
  "您不能创建或改成该角色的账号（只能管理下级角色的账号）":
    "you cannot create an account with this role or give an account this role (you manage only the roles below your own)",
  用户的所属区划须在该单位的辖区内: "the user's region must lie within this organization's area",
  "城市 {code} 的区划尚未导入": "the regions of city {code} have not been imported yet",
  "该角色只能设在{levels}一级": "this role can only be placed at {levels} level",

  // Regions and residents (regions.service, schemas/regions).
  "只能按社区（村）填报，街道及以上为汇总值":
    "residents are entered per community (village); streets (townships) and above show totals",
  "区划不存在、不是社区（村）或不在您的管辖范围内":
    "the region does not exist, is not a community (village), or is outside your area",
  常住人口应为整数: "residents must be a whole number",
  "常住人口应在 0 到 {max} 之间": "residents must be between 0 and {max}",
  "应为逗号分隔的区划级别，如 street,community":
    "must be region levels separated by commas, e.g. street,community",

  // The region column of every import (platform/importRegions.ts).
  "“{text}”不是 12 位区划代码（区划代码列须为文本格式），也可以填写区划名称，如“区/街道/社区”":
    "“{text}” is not a 12-digit region code (the region code column must be formatted as text); you can also write the region's names, e.g. “district/street/community”",
  "区划代码“{code}”不存在": "region code “{code}” does not exist",
  "未找到区划“{text}”：请填写 12 位区划代码，或按“区（县）/街道（乡镇）/社区（村）”写出名称":
    "region “{text}” was not found: enter its 12-digit region code, or write its names as “district (county)/street (township)/community (village)”",
  "未找到区划“{text}”": "region “{text}” was not found",
  "区划代码“{code}”（{path}）": "region code “{code}” ({path})",
  "{region}不在您的管辖范围（{area}）内": "{region} is outside your area ({area})",
  "{region}是{level}，此处须为{levels}": "{region} is a {level}; this column needs a {levels}",
  "“{text}”对应 {n} 个区划：{paths}，请写出上级区划（如“{example}”）或填写 12 位区划代码":
    "“{text}” matches {n} regions: {paths}; write the higher-level region too (e.g. “{example}”) or enter the 12-digit region code",

  // Every import: rows, duplicates, saving (platform/importFlow.ts, platform/importColumns.ts).
  "与第 {row} 行重复": "duplicates row {row}",
  "“{values}”不是可选值，可选：{options}": "“{values}” is not an allowed value; choose from: {options}",
  "无法识别的日期“{text}”，请写成 2024-01-05、2024/1/5 或 2024年1月5日":
    "“{text}” is not a date we can read; write it as 2024-01-05 or 2024/1/5",
  "“{text}”不是数字": "“{text}” is not a number",
  "系统中已存在：{record}": "already in the system: {record}",
  "系统中已存在该记录（不在您的管辖范围内），请联系上级部门":
    "This record already exists outside your area; please contact a higher-level department",
  "保存时与系统中刚登记的记录重复（可能有人同时在录入），请核对后重新导入":
    "while saving, this row clashed with a record registered a moment ago (someone may be entering the same data); check it and import again",
  "保存时引用的记录已不存在（可能刚被删除或停用），请核对后重新导入":
    "while saving, a record this row refers to no longer existed (it may just have been deleted or deactivated); check it and import again",

  // Reading an uploaded Excel file (platform/excel/*, platform/httpFiles.ts).
  "文件不是有效的 Excel（.xlsx）文件": "The file is not a valid Excel (.xlsx) file",
  "旧版 .xls 文件请在 Excel 中另存为 .xlsx 后再导入":
    "save an old .xls file as .xlsx in Excel, then import it",
  "文件内容过多，请删除多余的内容或拆分成多个文件后分批导入":
    "The file holds too much content; delete what is not needed, or split it into several files and import them one by one",
  "解析超时：文件在 {seconds} 秒内未能读完，请删除表格中多余的空行、空列后重新导入，或拆分成多个文件分批导入":
    "Reading timed out: the file could not be read within {seconds} seconds; delete empty rows and columns and import it again, or split it into several files",
  "表头重复：{headers}，请删除多余的列": "Repeated column headers: {headers}; delete the extra columns",
  "数据超过 {n} 行，请拆分成多个文件分批导入":
    "More than {n} rows of data; split them into several files and import them one by one",
  "文件中没有数据：请在表头下方填写数据": "The file has no data: fill in rows below the header",
  "缺少列：{columns}": "Missing columns: {columns}",
  "未找到表头：前 {n} 行中没有可识别的列名，请使用导入模板（应包含：{expected}）":
    "No header row found: none of the first {n} rows has known column names; please use the import template (its columns: {expected})",
  "单元格为 Excel 错误值 {value}，请修正公式或填写实际内容":
    "the cell holds the Excel error {value}; fix the formula or enter the actual value",
  "{header}列须为文本格式（Excel 会截断超过 15 位的数字），请将该列设为文本后重新填写":
    "the {header} column must be formatted as text (Excel cuts off numbers longer than 15 digits); format the column as text and fill it in again",
  "请上传 .xlsx 文件（请求体为文件内容）":
    "Please upload an .xlsx file (the request body is the file's content)",
  "请求体须为 .xlsx 文件，Content-Type 为 {type}":
    "the request body must be an .xlsx file, with Content-Type {type}",
  "不支持按 {field} 排序，可选 {fields}": "cannot sort by {field}; choose from {fields}",

  // Platforms (platforms.service, platforms.import, schemas/platforms).
  社会工作服务中心: "social work service center",
  "乡镇（街道）社会工作服务站": "street (township) social work station",
  社区社会工作服务室: "community social work room",
  "{kind}须设在{level}一级": "a {kind} belongs at {level} level",
  "该区划已有同名的{kind}“{name}”": "This region already has a {kind} named “{name}”",
  "该区划已有同名的{kind}（编号 {id}）": "this region already has a {kind} with this name (no. {id})",
  该社会组织已停用: "this social organization is deactivated",
  运营中的平台启用日期不能晚于今天: "an operating platform's opening date must not be later than today",
  "有多个同名社会组织，请填写统一社会信用代码":
    "several social organizations have this name; enter the unified social credit code instead",
  "“{name}”不是您管辖范围内已登记的社会组织": "“{name}” is not a registered social organization in your area",
  "使用面积 {area} m² 明显偏小，请核对是否填写有误":
    "a floor area of {area} m² looks too small; please check it",
  "使用面积低于站点标准（不少于 {area} m²）":
    "the floor area is below the station standard (at least {area} m²)",
  "在岗社会工作者少于站点标准（不少于 {n} 人）":
    "fewer social workers on staff than the station standard (at least {n})",

  // Social organizations and unified social credit codes (socialOrganizations.*, validators/creditCode).
  社会团体: "social association",
  社会服务机构: "social service agency",
  基金会: "foundation",
  "应为 18 位，当前 {n} 位": "must be 18 characters (this one has {n})",
  "应为 18 位（或 15 位旧号码），当前 {n} 位":
    "must be 18 characters (or a 15-digit old number); this one has {n}",
  "含有不允许的字符“{character}”（不使用 I、O、Z、S、V）":
    "contains “{character}”, which is not allowed (I, O, Z, S and V are not used)",
  "第 3–8 位应为登记管理机关行政区划码": "characters 3–8 must be the registration authority's region code",
  "与统一社会信用代码第 2 位“{character}”（{type}）不符":
    "does not match the unified social credit code, whose 2nd character “{character}” means {type}",
  "统一社会信用代码第 2 位“{character}”不对应社会团体（1）、社会服务机构（2）或基金会（3）":
    "the unified social credit code's 2nd character “{character}” is none of social association (1), social service agency (2) or foundation (3)",
  "校验位不正确：按 GB 32100 计算，第 18 位应为“{expected}”，请核对代码":
    "wrong check character: by GB 32100 the 18th character should be “{expected}”; please check the code",
  "如已核对登记证书确认无误，可填写例外理由后保存":
    "if you have checked it against the registration certificate, give a reason for accepting it and save",
  "如已核对登记证书确认无误，请在“校验位例外理由”列填写理由（至少 4 个字）":
    "if you have checked it against the registration certificate, give a reason in the file's “reason for the check-character exception” column (at least 4 characters)",
  "如登记证书上的代码确实如此，请联系具有“信用代码校验例外”权限的管理员处理":
    "if the registration certificate really shows this code, ask an administrator who may accept check-character failures",
  "如登记证书上的代码确实如此，请由社会工作部门（具有“信用代码校验例外”权限）录入并说明理由":
    "if the registration certificate really shows this code, the social work department (which may accept check-character failures) has to enter it with a reason",
  "请说明为何接受校验位未通过的代码（至少 4 个字，如“已核对登记证书原件”）":
    "explain why a code with a wrong check character is accepted (at least 4 characters, e.g. “checked against the original registration certificate”)",
  "该统一社会信用代码已登记为“{name}”": "This unified social credit code is already registered to “{name}”",
  "已被“{name}”使用（编号 {id}）": "already used by “{name}” (no. {id})",
  "该统一社会信用代码已登记（不在您的管辖范围内），请联系上级部门":
    "This unified social credit code is already registered outside your area; please contact a higher-level department",
  "系统中已存在（不在您的管辖范围内）": "already in the system (outside your area)",
  "您只能录入校验位例外的统一社会信用代码；其他社会组织请由社会工作部门录入":
    "You may only enter organizations whose credit code fails the check character; other social organizations are entered by the social work department",
  "您只能录入校验位例外的统一社会信用代码；其他修改请由社会工作部门进行":
    "You may only enter credit codes that fail the check character; other changes are made by the social work department",

  // Social workers (socialWorkers.*, socialWorkerEducation.service).
  "该社会工作者已停用，不能登记学时": "this social worker is deactivated, so no hours can be recorded",
  "系统中已存在该身份证号的社会工作者（不在您的管辖范围内），请联系上级部门":
    "A social worker with this ID number is already registered outside your area; please contact a higher-level department",
  "系统中已存在该社会工作者：{record}": "This social worker is already registered: {record}",
  "已停用，不能作为工作单位": "is deactivated and cannot be an employer",
  "在您的管辖范围内未找到已启用的单位“{name}”": "no active employer named “{name}” was found in your area",
  "在您的管辖范围内未找到已启用的{kind}“{name}”":
    "{kind} “{name}” was not found among the active ones in your area",
  "“{name}”在您的管辖范围内有 {n} 个同名单位，请联系管理员区分名称":
    "{n} employers in your area are named “{name}”; ask an administrator to give them distinct names",

  // Volunteers, teams and service hours (volunteers.*, volunteerTeams.*, volunteerHours.*).
  "该志愿者已停用，不能记录服务时长；请先启用":
    "This volunteer is deactivated, so no service hours can be recorded; reactivate the volunteer first",
  不能早于志愿者的出生日期: "must not be earlier than the volunteer's date of birth",
  不能晚于注册日期: "must not be later than the registration date",
  "兑换时长不能超过可用余额 {balance} 小时":
    "the hours redeemed cannot exceed the available balance of {balance} hours",
  "单条服务记录不能超过 {n} 小时": "one service entry cannot exceed {n} hours",
  "该组织在所选期间没有记录该志愿者的服务时长（谁记录、谁证明）":
    "this organization recorded no service hours for this volunteer in the chosen period (only the organization that recorded hours can certify them)",
  志愿服务证明不存在: "The volunteer service certificate does not exist",
  "社会组织名册中没有该组织，或不在您的管辖范围内":
    "this organization is not in the social organization register, or is outside your area",
  管辖范围内有多个同名社会组织: "several social organizations in your area have this name",
  "同一区划内已有名为“{name}”的志愿服务队": "A volunteer team named “{name}” already exists in this region",
  同一区划内已有同名队伍: "a team with this name already exists in this region",
  "该志愿服务队已停用，不能添加队员": "This volunteer team is deactivated, so no members can be added",
  志愿者不存在或不在您的管辖范围内: "The volunteer does not exist or is outside your area",
  "{name} 已停用": "{name} is deactivated",
  "“{name}”已停用": "“{name}” is deactivated",
  "编号 {id} 的队伍不存在或不在您的管辖范围内": "team no. {id} does not exist or is outside your area",
  "“{names}”不存在、已停用或不在您的管辖范围内": "“{names}”: not found, deactivated or outside your area",
  "管辖范围内有多个名为“{names}”的队伍，请先区分名称":
    "several teams in your area are named “{names}”; give them distinct names first",
  "与第 {row} 行的编号重复": "same volunteer number as row {row}",
  已被其他志愿者使用: "already used by another volunteer",
  保存时发现该编号刚被其他志愿者使用: "while saving, this number was just taken by another volunteer",
  保存时发现该身份证号的志愿者刚被他人登记:
    "while saving, a volunteer with this ID number was just registered by someone else",
  "该身份证号已登记为志愿者（不在您的管辖范围内），请联系上级部门":
    "This ID number is already registered as a volunteer outside your area; please contact a higher-level department",
  "该身份证号已登记为志愿者：{name}（{number}）":
    "This ID number is already registered as a volunteer: {name} ({number})",
  "志愿者编号 {number} 已被使用": "Volunteer number {number} is already taken",
  "未满 {age} 周岁的志愿者须记录监护人同意": "a volunteer under {age} needs the guardian's consent on record",
  "注册时未满 {age} 周岁：须在“新增志愿者”中逐一登记并记录监护人同意，不能批量导入":
    "under {age} at registration: register such volunteers one at a time with “New volunteer”, recording the guardian's consent; they cannot be imported",

  // Field names (packages/shared/src/fieldLabels.ts and the modules' field labels).
  记录编号: "Record ID",
  所选记录: "Selected records",
  请至少选择一条记录: "choose at least one record",
  "一次最多选择 {n} 条记录": "at most {n} records at a time",
  应为以逗号分隔的记录编号: "must be record IDs separated by commas",
  用户名: "Username",
  密码: "Password",
  当前密码: "Current password",
  新密码: "New password",
  姓名: "Name",
  名称: "Name",
  角色: "Role",
  所属单位: "Organization",
  所属区划: "Region",
  所在区划: "Region",
  状态: "Status",
  手机号: "Mobile",
  页码: "Page",
  每页条数: "Page size",
  排序: "Sort",
  搜索关键词: "Search",
  上级区划: "Parent region",
  区划代码: "Region code",
  常住人口: "Residents",
  用户: "User",
  操作: "Action",
  对象类型: "Record kind",
  开始时间: "From",
  结束时间: "To",
  导入方式: "Import mode",
  身份证号: "ID number",
  统一社会信用代码: "Unified social credit code",
  校验位例外理由: "Reason for the check-character exception",
  组织类型: "Organization type",
  登记管理机关: "Registration authority",
  登记日期: "Registered on",
  法定代表人: "Legal representative",
  服务领域: "Service domains",
  评估等级: "Evaluation grade",
  从业人员数: "Staff",
  地址: "Address",
  登记状态: "Registration status",
  平台类型: "Platform type",
  使用面积: "Floor area",
  设施: "Facilities",
  运营机构: "Operator",
  启用日期: "Opened on",
  运营状态: "Operating status",
  学历: "Education",
  所学专业: "Major",
  社会工作专业: "Social work major",
  资格等级: "Qualification",
  证书编号: "Certificate number",
  发证日期: "Certificate date",
  登记有效期至: "Registration valid until",
  其他职业资格证书: "Other certificates",
  工作单位类型: "Employer type",
  服务平台: "Platform",
  社会组织: "Social organization",
  社会工作部门: "Social work department",
  岗位: "Position",
  在岗状态: "Employment status",
  引进人才: "Recruited talent",
  入职日期: "Joined on",
  教育类型: "Education kind",
  完成日期: "Completed on",
  学时: "Hours",
  学习内容: "Content",
  组织单位: "Organizer",
  志愿者编号: "Volunteer number",
  技能特长: "Skills",
  可服务时间: "Availability",
  所属队伍: "Teams",
  注册日期: "Registered on",
  监护人姓名: "Guardian",
  监护人同意日期: "Guardian consent date",
  记录类型: "Entry kind",
  服务内容: "Service",
  服务日期: "Service date",
  服务地点: "Place",
  时长: "Hours",
  记录组织: "Recording organization",
  确认人: "Confirmed by",
  服务队: "Team",
  出具组织: "Issuing organization",
  起始日期: "From",
  截止日期: "To",
  队伍名称: "Team name",
  负责人: "Leader",
  成立日期: "Founded on",
  简介: "Description",

  // Corrections of the hours ledgers (volunteer service records, continuing-education hours).
  更正理由: "Reason for the correction",
  服务记录不存在: "The service record does not exist",
  继续教育学时记录不存在: "The continuing-education entry does not exist",
  "该记录已更正，不能重复更正": "This entry has already been corrected; it cannot be corrected twice",
  "更正记录不能再更正；如更正有误，请重新登记正确的记录":
    "A correction cannot itself be corrected; if it was wrong, record the right entry again",
  "不能更正：撤销 {hours} 小时后时间银行余额将为负（可用余额 {balance} 小时），请先更正相关兑换记录":
    "Cannot correct: taking back {hours} h would make the time-bank balance negative (balance {balance} h); correct the redemptions first",
};
