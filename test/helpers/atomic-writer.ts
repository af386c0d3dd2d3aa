/**
 * Child process for the atomic-write crash test: rewrites one file over and
 * over, `size` bytes of `a` then of `b`, in 64 KB pieces, printing `ack <n>`
 * after each write returns, until it is killed.
 * Usage: node --import tsx test/helpers/atomic-writer.ts <file> <size>
 */
import { writeFileAtomic } from '#backend/storage/atomic-write'

const file = process.argv[2]!
const size = Number(process.argv[3])
const piece = 64 * 1024
for (let n = 1; n <= 1_000_000; n++) {
  const letter = n % 2 ? 'a' : 'b'
  writeFileAtomic(file, (write) => {
    for (let done = 0; done < size; done += piece) write(letter.repeat(Math.min(piece, size - done)))
  })
  process.stdout.write(`ack ${n}\n`)
}
