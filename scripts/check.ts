// `npm run check -- my-set.als [my-mapping.json]`: the pre-show check (src/sim/PreShowCommand.ts).
import { checkSetFile } from "../src/sim/PreShowCommand";

checkSetFile(process.argv.slice(2), (line) => console.log(line)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
