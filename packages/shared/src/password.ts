/** 等保 2.0 level 3 password policy: ≥ 10 characters, 3 of 4 classes, not containing the username. */
export const passwordMinLength = 10;

export function passwordPolicyViolations(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < passwordMinLength) problems.push(`密码长度至少 ${passwordMinLength} 位`);
  if (password.length > 128) problems.push("密码长度不能超过 128 位");
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push("密码须包含大写字母、小写字母、数字、符号中的至少三类");
  if (username && username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push("密码不能包含用户名");
  }
  return problems;
}
