import { cursorApi } from './cursorApi';
import { databaseApi } from './databaseApi';
import { enumerateApi } from './enumerateApi';
import type { Host } from './host';
import { indexApi } from './indexApi';
import { instanceApi } from './instanceApi';
import { sessionApi } from './sessionApi';
import { infoApi } from './infoApi';
import { recordApi } from './recordApi';
import { tableApi } from './tableApi';
import { tableInfoApi } from './tableInfoApi';
import { tempTableApi } from './tempTableApi';

/** Every esent.h function esemu implements, bound to one emulator. */
export function createJetApi(host: Host) {
  return {
    ...instanceApi(host),
    ...sessionApi(host),
    ...databaseApi(host),
    ...tempTableApi(host),
    ...cursorApi(host),
    ...tableApi(host),
    ...recordApi(host),
    ...indexApi(host),
    ...infoApi(host),
    ...tableInfoApi(host),
    ...enumerateApi(host),
  };
}

export type JetApi = ReturnType<typeof createJetApi>;
export type JetApiName = keyof JetApi;
