/** A library creative as the Creatives page and the ad editor show it: the record plus what is worked out when it is listed. */
import type { LibraryCreative } from './creative'
import type { CreativeProblem } from './spec-checks'

export interface CreativeView extends LibraryCreative {
  sourceState: 'ok' | 'missing' | 'changed'
  /** Ads in the working copy that use it, by reference or by its TikTok id. */
  usedBy: number
  /** The offline spec checks on every placement (an ad shows only those of its ad group's placements). */
  problems: CreativeProblem[]
  /** Whether a small thumbnail was made for it (electron/backend/creatives/thumbnail-store.ts). */
  hasThumbnail?: boolean
}

export interface CreativeList {
  creatives: CreativeView[]
  /** Record files that could not be read, by name: reported, never hiding the rest. */
  damaged: string[]
}

export interface CreativeAddResult {
  outcomes: Array<{ path: string; fileName: string; signature?: string; duplicate?: boolean; refused?: string }>
  library: CreativeList
}

export interface CreativeProgress {
  advertiserId: string
  /** Bytes read (hashed) so far, of all the files being added. */
  done: number
  total: number
}
