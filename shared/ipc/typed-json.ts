/**
 * JSON for the browser harness's HTTP bridge that keeps typed arrays, as Electron's IPC (a structured clone) does:
 * the Results snapshot carries its rows as columns (Uint32Array, Float64Array…), which plain JSON would turn into
 * objects of numbered keys. A typed array is written as `{"$typed": name, "base64": bytes}` and read back as one.
 */
const TYPED = { Uint8Array, Uint32Array, Float64Array } as const
type TypedName = keyof typeof TYPED

function toBase64(bytes: Uint8Array): string {
  let text = ''
  // In slices: String.fromCharCode over millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(text)
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text)
  const out = new Uint8Array(new ArrayBuffer(raw.length))
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i)
  return out
}

export function stringifyTyped(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    for (const name of Object.keys(TYPED) as TypedName[]) {
      if (v instanceof TYPED[name]) return { $typed: name, base64: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) }
    }
    return v
  })
}

export function parseTyped(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && '$typed' in v && 'base64' in v) {
      const { $typed, base64 } = v as { $typed: string; base64: string }
      const Ctor = TYPED[$typed as TypedName]
      if (!Ctor) return v
      const bytes = fromBase64(base64)
      return new Ctor(bytes.buffer as ArrayBuffer, 0, bytes.byteLength / Ctor.BYTES_PER_ELEMENT)
    }
    return v
  })
}
