/**
 * SIRETs the local company directory knows (worker/services/company-directory-fixtures.ts), one
 * per case the registration form shows: try them on `npm run dev` at /inscription.
 */
export const DEMO_SIRETS = {
  /** Open, with a shop sign: the name and address are filled in. */
  aubagneBakery: '91234567500017',
  vannesCreperie: '91234568300011',
  /** Listed as closed: the form warns. */
  closedShop: '91234569100014',
  /** Opted out of publication: checked by hand. */
  nonDiffusible: '91234570900014',
  /** The directory is down, or answers too late: the registration goes on, flagged for review. */
  directoryDown: '91234571700017',
  directoryTimeout: '91234572500010',
} as const;
