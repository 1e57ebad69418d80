// What the model's writes and calls answer (src/lom/Outcome.ts), for the actions and the runner, which do not reach src/lom.
export { ACCEPTED, Answer, Refused, refusalText, type Outcome } from "../lom/Outcome";
