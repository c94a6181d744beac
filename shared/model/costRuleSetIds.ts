// Ids of the built-in redundancy rule sets (shared/costs/defaults.ts), which a
// document may name without keeping its own copy.
export const BUILT_IN_RULE_SET_IDS = ['nhs-afc', 'lg-statutory', 'lg-discretionary'] as const;
