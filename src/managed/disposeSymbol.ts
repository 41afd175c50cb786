/**
 * The symbol `using` calls: Symbol.dispose, or on a runtime without it Symbol.for('Symbol.dispose') (globals
 * are not touched; there `dispose()` works, and `using` needs the application to install Symbol.dispose).
 */
export const disposeSymbol: typeof Symbol.dispose =
  (Symbol as { dispose?: typeof Symbol.dispose }).dispose ?? (Symbol.for('Symbol.dispose') as typeof Symbol.dispose);
