/**
 * Small real media files, made by Debian's ffmpeg in the test (.ci/run installs
 * it), so every creative test reads bytes a real encoder wrote — no binaries
 * committed without their generator.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ffmpeg = (args: string[]) => execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] })

export interface VideoSpecArgs {
  width: number
  height: number
  seconds: number
  /** Target video bitrate; the test pattern compresses well, so the file's real rate is lower. */
  kbps?: number
  container?: 'mp4' | 'mov' | 'avi' | 'mkv'
  /** Colour of a plain frame instead of the moving test pattern (plain frames compress to almost nothing). */
  color?: string
}

export function makeVideo(dir: string, name: string, v: VideoSpecArgs): string {
  const path = join(dir, `${name}.${v.container ?? 'mp4'}`)
  const source = v.color ? `color=${v.color}:size=${v.width}x${v.height}:rate=15` : `testsrc2=size=${v.width}x${v.height}:rate=15`
  ffmpeg([
    '-f', 'lavfi', '-i', source,
    '-f', 'lavfi', '-i', 'sine=frequency=440',
    '-t', String(v.seconds),
    '-c:v', v.container === 'avi' ? 'mpeg4' : 'libx264', ...(v.container === 'avi' ? [] : ['-preset', 'ultrafast']), '-pix_fmt', 'yuv420p',
    '-b:v', `${v.kbps ?? 1500}k`, '-minrate', `${v.kbps ?? 1500}k`, '-maxrate', `${v.kbps ?? 1500}k`, '-bufsize', `${v.kbps ?? 1500}k`,
    '-c:a', v.container === 'avi' ? 'mp3' : 'aac', '-shortest', path,
  ]) // prettier-ignore
  return path
}

/**
 * A copy of a video remuxed with a `comment` tag (no re-encode): the same pictures as a different file, with its own
 * MD5 — how a bench fills a library with hundreds of distinct files without encoding each one.
 */
export function remuxVideo(source: string, dir: string, name: string, comment: string): string {
  const path = join(dir, `${name}.mp4`)
  ffmpeg(['-i', source, '-c', 'copy', '-metadata', `comment=${comment}`, path])
  return path
}

export function makeImage(dir: string, name: string, width: number, height: number, ext: 'png' | 'jpg' = 'jpg'): string {
  const path = join(dir, `${name}.${ext}`)
  ffmpeg(['-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}`, '-frames:v', '1', path])
  return path
}

/** Bytes that are no media at all, under a media file name. */
export function makeJunk(dir: string, name: string, bytes = 4096): string {
  const path = join(dir, name)
  writeFileSync(path, Buffer.alloc(bytes, 7))
  return path
}
