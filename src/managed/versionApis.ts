import { Api } from './api';
import type { ManagedApi } from './api';

/**
 * ManagedEsent keeps calls newer than Windows XP in classes named after the Windows version that brought them
 * (Server2003Api, VistaApi, Windows7Api, Windows8Api). esemu has no version gating; these are the same functions under those
 * names, so code ports without edits.
 */
export function versionApis(api: ManagedApi) {
  return {
    Server2003Api: {
      JetUpdate2: api.JetUpdate2,
    },
    VistaApi: {
      JetInit3: api.JetInit3,
      JetOpenTemporaryTable: api.JetOpenTemporaryTable,
      JetGetRecordSize: api.JetGetRecordSize,
    },
    Windows7Api: {
      JetPrereadKeys: api.JetPrereadKeys,
    },
    Windows8Api: {
      JetBeginTransaction3: api.JetBeginTransaction3,
      JetCommitTransaction2: api.JetCommitTransaction2,
      JetStopServiceInstance2: api.JetStopServiceInstance2,
      JetOpenTemporaryTable2: api.JetOpenTemporaryTable2,
      JetGetSessionParameter: api.JetGetSessionParameter,
      JetSetSessionParameter: api.JetSetSessionParameter,
      JetSetCursorFilter: api.JetSetCursorFilter,
      JetPrereadIndexRanges: api.JetPrereadIndexRanges,
      JetCreateIndex4: api.JetCreateIndex4,
    },
  };
}

/** The version classes over the default Api. */
export const { Server2003Api, VistaApi, Windows7Api, Windows8Api } = versionApis(Api);
