import type { CsvValue } from '#shared/domain/csv/rfc4180'
import { useRef, useState, type ReactNode } from 'react'
import { Icon } from '../ui/Icon'
import { useChartColors } from './chart-colors'
import { saveCsv, savePng } from './export-files'
import { attributionNote, timeZoneNote } from '#shared/results/chart-notes'
import { REVISION_DAYS } from '#shared/results/report-types'
import { now } from '../app/clock'
import { useResultsAdvertiser } from './use-results-account'

export interface CsvExport {
  filename: string
  header: string[]
  rows: CsvValue[][]
}

/**
 * A chart with its table beside it (below it when `stacked`, for tables too wide
 * to sit beside a chart), and buttons to save the view as CSV and the chart as PNG.
 */
export function ChartCard(props: {
  title: string
  subtitle?: string
  controls?: ReactNode
  chart: ReactNode
  table: ReactNode
  csv: CsvExport
  pngName: string
  stacked?: boolean
}) {
  const chartRef = useRef<HTMLDivElement>(null)
  const colors = useChartColors()
  const [problem, setProblem] = useState<string | null>(null)
  const zone = timeZoneNote(useResultsAdvertiser()?.timezone, now())

  async function exportPng() {
    // The chart's own surface, a direct child of the wrapper: the legend's icons are recharts surfaces too, and come first.
    const svg = chartRef.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface')
    if (!svg) return
    try {
      setProblem(null)
      // The picture says whose calendar its days are, as the page does.
      await savePng(svg, props.pngName, { background: colors.surface, text: colors.text, muted: colors.muted }, props.title, [
        props.subtitle ?? '',
        zone,
      ])
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <section className="card chart-card" aria-label={props.title}>
      <header className="chart-card-header">
        <div>
          <h2>{props.title}</h2>
          {props.subtitle && <p className="hint">{props.subtitle}</p>}
        </div>
        <div className="chart-card-actions">
          {props.controls}
          <button type="button" className="button" onClick={() => saveCsv(props.csv.filename, props.csv.header, props.csv.rows)}>
            <Icon name="download" size={14} /> CSV
          </button>
          <button type="button" className="button" onClick={() => void exportPng()}>
            <Icon name="download" size={14} /> PNG
          </button>
        </div>
      </header>
      {problem && <p className="inline-error">{problem}</p>}
      <div className={props.stacked ? 'chart-and-table stacked' : 'chart-and-table'}>
        <div className="chart-area" ref={chartRef}>
          {props.chart}
        </div>
        {props.table}
      </div>
      <p className="hint chart-footnote" data-testid="chart-footnote">
        {zone} {attributionNote(REVISION_DAYS)}
      </p>
    </section>
  )
}
