// Worker threads do not inherit the main thread's module hooks on Node 20: register tsx here,
// then load the TypeScript worker body.
import { register } from "tsx/esm/api";

register();
await import("./parseWorker.ts");
