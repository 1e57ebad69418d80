// The parameter banks a Max for Live device declares (Cycling '74's MaxDevice page): get_bank_count, "the
// number of parameter banks"; get_bank_name, "the name of the parameter bank specified by bank_index";
// get_bank_parameters, "the indices of the parameters contained in the bank ... Empty slots are marked as
// -1". A simulated Max device answers the banks its description declares, and none without: what Live
// answers for a device that declares none is not documented (an assumption, said in the README).
import { LiveError } from "./LiveObject";

export interface BankInit {
  name: string;
  /** Indices into the device's parameters (0 is "Device On"); -1 an empty slot. */
  parameters: number[];
}

export class MaxBanks {
  constructor(private readonly banks: readonly BankInit[] = []) {}

  get count(): number {
    return this.banks.length;
  }

  name(index: number): string {
    return this.bank(index).name;
  }

  parameters(index: number): number[] {
    return [...this.bank(index).parameters];
  }

  describe(): BankInit[] {
    return this.banks.map((bank) => ({ name: bank.name, parameters: [...bank.parameters] }));
  }

  private bank(index: number): BankInit {
    const bank = this.banks[index];
    if (bank === undefined) throw new LiveError(`bank index ${index} out of range (${this.banks.length} banks)`);
    return bank;
  }
}
