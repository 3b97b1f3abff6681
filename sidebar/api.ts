/**
 * The sidebar's server calls: the typed client of src/ui/server.ts over the endpoints the server
 * declares (src/gas/endpoints.ts, seen here only as types through src/shared/api.ts).
 */
import { client } from '../src/ui/server';

export const api = client(['sidebarLoad', 'sidebarMark', 'sidebarUndo', 'sidebarSetIdentity', 'sidebarShowRow']);
