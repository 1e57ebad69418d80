// Reading a 10 MB Live Set (live9.als) by streaming, measured alone in a fresh process (`npm run bench`
// starts it): what the read holds at its most and what stays, as a JSON figure line like the bench's.
import { measureAlsRead } from "../src/sim/measure/measureAlsRead";

measureAlsRead("tests/fixtures/als/live9.als")
  .then((figure) => console.log(JSON.stringify({ figure: "reading a 10 MB Live Set", ...figure })))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
