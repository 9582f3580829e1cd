import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { passwordMinLength, type User, usernameSchema } from "@xinqiao/shared";
import { openContext } from "../bootstrap.ts";
import { findUserIdByUsername } from "../modules/users/users.repository.ts";
import { createAdministrator } from "../modules/users/users.service.ts";
import { loadConfig } from "../platform/config.ts";
import type { AppContext } from "../platform/context.ts";
import { AppError } from "../platform/errors.ts";

/**
 * `npm run admin:create -- --username <name> --display-name <姓名>`: creates a system
 * administrator at the configured city (CITY_CODE) in DATABASE_URL (or the embedded SQLite file
 * in DATA_DIR). It is how a deployment without demo accounts — production, or a city other than
 * the demo city — gets its first account. The password is typed twice on a terminal (hidden), or
 * read from XINQIAO_ADMIN_PASSWORD for automation; it must meet the password policy and is
 * changed at first login. The creation is audited with "system" as the actor.
 */
export const passwordVariable = "XINQIAO_ADMIN_PASSWORD";
const reason = "首位系统管理员，由服务器上的 npm run admin:create 创建";

export function createAdmin(
  ctx: AppContext,
  input: { username: string; displayName: string; password: string },
): Promise<User> {
  return createAdministrator(ctx, input, reason);
}

const usage =
  "Usage: npm run admin:create -- --username <name> --display-name <显示名称>\n" +
  `  The password is asked twice on a terminal, or read from ${passwordVariable}.`;

/** Reads a line from a terminal already in raw mode (nothing typed is echoed). */
function askHidden(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  return new Promise((resolve, reject) => {
    let value = "";
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === "\r" || character === "\n" || character === "\u0004") {
          stdin.off("data", onData);
          stdout.write("\n");
          resolve(value);
          return;
        }
        if (character === "\u0003") {
          stdin.off("data", onData);
          stdout.write("\n");
          reject(new Error("Cancelled; nothing was created."));
          return;
        }
        if (character === "\u007f" || character === "\b") value = value.slice(0, -1);
        else value += character;
      }
    };
    stdin.on("data", onData);
    stdout.write(prompt);
  });
}

async function passwordFromOperator(): Promise<string> {
  const fromEnvironment = process.env[passwordVariable];
  if (fromEnvironment) return fromEnvironment;
  const { stdin } = process;
  if (!stdin.isTTY) throw new Error(`No terminal to ask the password on: set ${passwordVariable}.`);
  console.info(`The password needs ${passwordMinLength}+ characters, 3 of upper, lower, digit, symbol.`);
  // Raw for both questions: in between, a key typed early would otherwise be echoed.
  stdin.setEncoding("utf8");
  stdin.setRawMode(true);
  stdin.resume();
  try {
    const first = await askHidden("Password: ");
    const second = await askHidden("Password again: ");
    if (first !== second) throw new Error("The two passwords differ; nothing was created.");
    return first;
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
  }
}

function explain(error: unknown): string {
  if (error instanceof AppError) {
    // The fields name what to fix; the message only sums them up.
    const fields = (error.fields ?? []).map((field) => field.message);
    return fields.length > 0 ? fields.join("\n") : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { username: { type: "string" }, "display-name": { type: "string" } },
  });
  const username = values.username?.trim() ?? "";
  const displayName = values["display-name"]?.trim() ?? "";
  if (!username || !displayName) {
    console.error(usage);
    return 2;
  }
  const name = usernameSchema.safeParse(username);
  if (!name.success) {
    console.error(`用户名 ${username}：${name.error.issues.map((issue) => issue.message).join("；")}`);
    return 2;
  }
  const config = loadConfig();
  const ctx = await openContext(config);
  try {
    // Said before the password is asked for, not after it was typed twice.
    if (await findUserIdByUsername(ctx.db, name.data)) {
      console.error(`用户名 ${name.data} 已存在，未创建任何账号。请换一个用户名。`);
      return 1;
    }
    const password = await passwordFromOperator();
    const user = await createAdmin(ctx, { username: name.data, displayName, password });
    console.info(
      `Created system administrator ${user.username} (${user.displayName}) at ${user.region.name}; ` +
        "the password must be changed at first login.",
    );
    return 0;
  } catch (error) {
    console.error(explain(error));
    return 1;
  } finally {
    await ctx.db.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
