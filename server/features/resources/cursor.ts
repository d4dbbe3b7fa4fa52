/** Keyset positions of the resource and helpdesk lists as opaque, URL-safe strings. */

export function encodeCursor(position: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The position, or null for a cursor this server did not make (answered as a 400 by the caller). */
export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] | null {
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(position) || position.length !== shape.length) return null;
    return position.every((value, i) => typeof value === shape[i]) ? position : null;
  } catch {
    return null;
  }
}
