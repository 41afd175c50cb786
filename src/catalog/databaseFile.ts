/**
 * A database file in the emulator's in-memory file system: what outlives
 * attachments, instances and JetTerm until the emulator is reset. Which
 * instance has it attached is the session layer's business (Engine.attachments).
 */
export class DatabaseFile {
  constructor(readonly path: string) {}
}
