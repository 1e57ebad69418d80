// Holds the active mapping. A new document replaces it only when valid; otherwise the previous one stays.
import type { MappingDocument } from "./Mapping";
import type { MappingValidator, ValidationResult } from "./MappingValidator";

export class MappingStore {
  private current: MappingDocument | undefined;
  private readonly listeners: ((mapping: MappingDocument) => void)[] = [];

  constructor(private readonly validator: MappingValidator) {}

  get active(): MappingDocument | undefined {
    return this.current;
  }

  onChange(listener: (mapping: MappingDocument) => void): void {
    this.listeners.push(listener);
  }

  /** Validates a document without making it active. */
  check(document: unknown): ValidationResult {
    return this.validator.validate(document);
  }

  load(document: unknown): ValidationResult {
    const result = this.validator.validate(document);
    if (!result.ok) return result;
    // A private copy: later edits to the caller's object must not change the active mapping.
    const mapping = JSON.parse(JSON.stringify(result.mapping)) as MappingDocument;
    this.current = mapping;
    for (const listener of this.listeners) listener(mapping);
    return { ...result, mapping };
  }
}
