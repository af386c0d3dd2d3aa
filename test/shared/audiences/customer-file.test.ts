import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CustomerFileError, createCustomerFileHasher, describeHashing } from '#shared/audiences/customer-file'

const sha = (s: string) => createHash('sha256').update(s).digest('hex')

/** Feeds a file in chunks of `size` characters, as a worker reading a stream would. */
function hashAll(text: string, calculate_type: Parameters<typeof createCustomerFileHasher>[0]['calculate_type'], size = 7) {
  const progress: number[] = []
  const h = createCustomerFileHasher({ calculate_type, defaultCallingCode: '1', onProgress: (p) => progress.push(p.chars) })
  let out = ''
  for (let i = 0; i < text.length; i += size) out += h.push(text.slice(i, i + size))
  const end = h.end()
  return { out: out + end.output, report: end.report, progress }
}

const FILE = [
  'name,Email,Phone',
  'Jane,Jane+x@Example.com,+1 657 777 0000',
  'Bob,"bob@example.com",',
  'No one,,',
  'Typo,not-an-email,12',
  '',
  'Ann,,(212) 555-0100',
].join('\r\n')

describe('createCustomerFileHasher', () => {
  it('hashes each usable identifier, counts bad rows and never writes raw values', () => {
    const { out, report } = hashAll(FILE, 'MULTIPLE_TYPES')
    expect(out.split('\n')).toEqual([
      'EMAIL_SHA256,PHONE_SHA256',
      `${sha('jane@example.com')},${sha('+16577770000')}`,
      `${sha('bob@example.com')},`,
      `,${sha('+12125550100')}`,
      '',
    ])
    expect(report).toMatchObject({ rows: 5, validRows: 3, badRows: 2, blankLines: 1, columns: ['EMAIL', 'PHONE'] })
    expect(report.valid).toMatchObject({ EMAIL: 2, PHONE: 2 })
    expect(report.invalid).toMatchObject({ EMAIL: 1, PHONE: 1 })
    expect(report.badRowSamples).toEqual([
      { line: 4, reason: 'EMPTY' },
      { line: 5, reason: 'INVALID' },
    ])
    for (const raw of ['jane', 'example.com', '657', 'Typo', 'Bob']) expect(out + JSON.stringify(report)).not.toContain(raw)
  })

  it('gives the same result whatever the chunk size', () => {
    const whole = hashAll(FILE, 'MULTIPLE_TYPES', FILE.length)
    for (const size of [1, 3, 16]) expect(hashAll(FILE, 'MULTIPLE_TYPES', size)).toMatchObject({ out: whole.out, report: whole.report })
  })

  it('reports progress as it reads', () => {
    const { progress } = hashAll(FILE, 'MULTIPLE_TYPES', 10)
    expect(progress.length).toBeGreaterThan(3)
    expect(progress.at(-1)).toBe(FILE.length)
  })

  it('reads a header-less one-column file as the calculate_type’s identifier', () => {
    const { out, report } = hashAll('a@b.co\nbad\nc@d.co', 'EMAIL_SHA256')
    expect(out).toBe(`EMAIL_SHA256\n${sha('a@b.co')}\n${sha('c@d.co')}\n`)
    expect(report).toMatchObject({ rows: 3, validRows: 2, badRows: 1 })
  })

  it('uses only the columns the calculate_type accepts', () => {
    const { out, report } = hashAll('Email,Phone\na@b.co,+16577770000', 'PHONE_SHA256')
    expect(out).toBe(`PHONE_SHA256\n${sha('+16577770000')}\n`)
    expect(report.valid.EMAIL).toBe(0)
  })

  it('refuses a file with none of the needed columns, naming what to do', () => {
    expect(() => hashAll('Email\na@b.co', 'IDFA_SHA256')).toThrow(CustomerFileError)
    expect(() => hashAll('Email\na@b.co', 'IDFA_SHA256')).toThrow(/IDFA or MAID/)
    expect(() => hashAll('', 'EMAIL_SHA256')).toThrow(/empty/)
  })

  it('describes the result in one line', () => {
    expect(describeHashing(hashAll(FILE, 'MULTIPLE_TYPES').report)).toBe(
      '5 rows: 2 valid emails, 2 valid phones, 1 unusable emails, 1 unusable phones; 2 bad rows left out',
    )
  })
})
