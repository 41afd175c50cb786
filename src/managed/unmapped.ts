/**
 * Flat Jet* functions that deliberately have no counterpart on the managed Api, each with the reason.
 * tests/managed/parity.test.ts fails for a flat function that is neither on Api nor listed here, so the
 * managed layer keeps up as the flat API grows.
 */
export const unmappedFlatFunctions: Readonly<Record<string, string>> = {
  JetCreateIndex3: 'ManagedEsent has no wrapper for it: it creates indexes with JetCreateIndex2 or Windows8Api.JetCreateIndex4',
  JetGetMaxDatabaseSize: 'ManagedEsent has no wrapper for it',
  JetSetMaxDatabaseSize: 'ManagedEsent has no wrapper for it',
  JetGetRecordSize2: 'ManagedEsent has no wrapper of its own: its JetGetRecordSize calls JetGetRecordSize2 (as esemu\'s managed JetGetRecordSize does)',
  JetPrereadIndexRange: 'ManagedEsent has no wrapper for it (a Windows 10 call); JetPrereadIndexRanges covers the use',
};
