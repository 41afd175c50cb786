/**
 * JetGetInstanceInfo (io.cxx ErrIsamGetInstanceInfo): every instance the process has, whatever its state (one made
 * and not yet initialized included), in the engine's instance-table order, each with the databases it has attached
 * and logs, in dbid order. There is no gate: the call answers in any state.
 */
import * as C from '../constants/constants';
import { bySlot } from './database';
import type { Engine } from './engine';
import type { Instance } from './instance';

/** One instance as JetGetInstanceInfo describes it (esent.h JET_INSTANCE_INFO). */
export interface InstanceInfo {
  hInstanceId: number;
  /** null for an instance made with no name or an empty one (jetapi.cxx INST::FSetInstanceName). */
  szInstanceName: string | null;
  cDatabases: number;
  szDatabaseFileName: string[];
  /** Never filled in by the engine ("currently unused"): one null per database. */
  szDatabaseDisplayName: null[];
  szDatabaseSLVFileName_Obsolete: null;
}

/** Whether the instance logs at all (JET_paramRecovery "off" turns logging off for every database). */
function logs(inst: Instance): boolean {
  const recovery = inst.params[C.JET_paramRecovery];
  return !(typeof recovery === 'string' && recovery.toLowerCase() === 'off');
}

export function instanceInfo(engine: Engine): InstanceInfo[] {
  const instances = [...engine.instances.values()].sort((a, b) => a.slot - b.slot);
  return instances.map((inst) => {
    const names = logs(inst) ? bySlot(inst.attached.values()).filter((db) => db.logged).map((db) => db.path) : [];
    return {
      hInstanceId: inst.handle, szInstanceName: inst.name === '' ? null : inst.name, cDatabases: names.length,
      szDatabaseFileName: names, szDatabaseDisplayName: names.map(() => null), szDatabaseSLVFileName_Obsolete: null,
    };
  });
}
