import { JET_instanceNil } from '../jet/types';
import type { JET_INSTANCE } from '../jet/types';
import { Api } from './api';
import type { ManagedApi } from './api';
import { disposeSymbol } from './disposeSymbol';
import { ObjectDisposedError } from './objectDisposedError';

/**
 * ManagedEsent's Instance: creates an instance (JetCreateInstance2); Init() initialises it, Term() or
 * dispose terminates it (JetTerm2 with termGrbit). Use after dispose throws ObjectDisposedError;
 * a second dispose does nothing.
 */
export class Instance {
  private handle: JET_INSTANCE;
  private disposed = false;
  /** The grbit Term() and dispose pass to JetTerm2. */
  termGrbit = 0;

  constructor(name: string, displayName: string | null = name, termGrbit = 0, private readonly api: ManagedApi = Api) {
    this.handle = api.JetCreateInstance2(name, displayName, 0);
    this.termGrbit = termGrbit;
  }

  private live(): JET_INSTANCE {
    if (this.disposed) throw new ObjectDisposedError('Instance');
    return this.handle;
  }

  /** The JET_INSTANCE handle. */
  get JetInstance(): JET_INSTANCE {
    return this.live();
  }

  /** Initialise (JetInit2, or JetInit3 with recovery options). If it fails the handle is given up. */
  Init(grbit = 0): void {
    const instance = this.live();
    try {
      this.api.JetInit2(instance, grbit);
    } catch (e) {
      // esent frees an instance whose init failed; like ManagedEsent, the wrapper then holds nothing.
      this.handle = JET_instanceNil;
      this.disposed = true;
      throw e;
    }
  }

  /** Terminate now (JetTerm2 with termGrbit); the wrapper is disposed afterwards. */
  Term(): void {
    const instance = this.live();
    this.disposed = true;
    this.handle = JET_instanceNil;
    this.api.JetTerm2(instance, this.termGrbit);
  }

  dispose(): void {
    if (this.disposed) return;
    this.Term();
  }

  [disposeSymbol](): void {
    this.dispose();
  }

  toString(): string {
    return `Instance(${this.handle})`;
  }
}
