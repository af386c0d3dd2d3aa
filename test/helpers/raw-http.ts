import { connect } from 'node:net'

/**
 * Sends bytes over a plain TCP socket, as a broken or hostile client would, and
 * returns what the server wrote back before closing (or before `waitMs` passes).
 * `fetch` cannot send request lines like `GET http://a:99999/ HTTP/1.1`; a socket can.
 */
export function rawRequest(port: number, bytes: string | Buffer, waitMs = 2000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    const done = () => {
      clearTimeout(timer)
      socket.destroy()
      resolve(answer)
    }
    const timer = setTimeout(done, waitMs)
    socket.on('data', (d) => (answer += d.toString('utf8')))
    socket.on('end', done)
    socket.on('close', done)
    socket.on('error', (e) => (answer ? done() : reject(e)))
    socket.write(bytes)
  })
}

/** The status code on an HTTP answer's first line. */
export const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)
