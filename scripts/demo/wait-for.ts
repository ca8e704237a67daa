export { TimedOut, waitFor } from '../stack/wait-for';

/** A step whose effect is not what the story expects: the demo stops with this message. */
export class DemoStepFailed extends Error {}
