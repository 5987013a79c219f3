/** Small helpers for the rules' Dutch messages. */

/** A word or phrase quoted the Dutch way: ‘reeds’. */
export const quote = (s: string) => `‘${s}’`;
