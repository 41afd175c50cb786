/** One parameter of a Jet function, as the call composer shows it (generated/signatures.ts). */
export interface ParamSignature {
  name: string;
  /** The TypeScript type, as written by the compiler: `JET_SESID`, `Out<JET_TABLEID>`, `number`, ... */
  type: string;
  optional: boolean;
}
