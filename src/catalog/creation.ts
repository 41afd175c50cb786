/**
 * Who created a table, column or index in a transaction that has not committed
 * (`by`: the session, opaque to the catalog), or when the creation committed
 * (`at`: a value of the engine's transaction clock; 0 for what is older than
 * every transaction). The session layer's tableCatalog.ts decides who sees it.
 */
export interface Creation {
  by: object | null;
  at: number;
}

/** A creation everybody sees. */
export function committedCreation(): Creation {
  return { by: null, at: 0 };
}
