import { useEffect, useState } from 'react'
import { NoAdvertiserPage, useActiveAdvertiser } from '../app/ActiveAdvertiser'
import { LibraryView } from './LibraryView'
import { TikTokMediaList } from './TikTokMediaList'
import { droppedPaths, useCreativesStore } from './use-creatives-store'
import { useTikTokMediaStore } from './use-tiktok-media-store'
import './creatives.css'

/** The advertiser's creatives: the library on this computer (files dropped anywhere on the page are added) and what is already on TikTok. */
export function CreativesPage() {
  const advertiser = useActiveAdvertiser()
  const advertiserId = advertiser?.advertiser_id
  const creatives = useCreativesStore((s) => s.creatives)
  const add = useCreativesStore((s) => s.add)
  const [dragging, setDragging] = useState(false)

  const [view, setView] = useState<'library' | 'tiktok'>('library')
  const onTikTok = useTikTokMediaStore((s) => s.media.videos.length + s.media.images.length)
  useEffect(() => {
    if (!advertiserId) return
    void useCreativesStore.getState().load(advertiserId)
    void useTikTokMediaStore.getState().load(advertiserId)
  }, [advertiserId])
  if (!advertiser || !advertiserId) return <NoAdvertiserPage title="Creatives" icon="creatives" />

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault()
    setDragging(false)
    const paths = droppedPaths(e.dataTransfer)
    if (paths.length) void add(paths)
  }

  return (
    <div
      className={`page creatives-page${dragging ? ' creatives-dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        e.dataTransfer.dropEffect = 'copy'
        setDragging(true)
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false)
      }}
      onDrop={onDrop}
    >
      <header className="page-header">
        <h1>Creatives</h1>
        <p className="muted">
          {advertiser.advertiser_name} · {creatives.length === 1 ? '1 creative' : `${creatives.length} creatives`} · files stay on this computer until
          an ad using them is posted
        </p>
      </header>
      <div className="seg-control creatives-views" role="tablist" aria-label="Creatives">
        <button type="button" role="tab" aria-selected={view === 'library'} onClick={() => setView('library')}>
          On this computer ({creatives.length})
        </button>
        <button type="button" role="tab" aria-selected={view === 'tiktok'} onClick={() => setView('tiktok')}>
          Already on TikTok ({onTikTok})
        </button>
      </div>
      {view === 'tiktok' ? <TikTokMediaList advertiserId={advertiserId} /> : <LibraryView advertiserId={advertiserId} />}
      {dragging && <div className="creatives-drop-hint">Drop videos, images or a folder to add them to the library</div>}
    </div>
  )
}
