/** Small inline icons (SVG, so they look the same offline on every system). */
import type { Modality } from '../../../core/case/schema';
import type { VerdictKind } from '../../../core/user/schema';

interface IconProps {
  readonly size?: number;
  readonly className?: string;
}

function Svg({
  size = 14,
  className,
  children,
}: IconProps & { readonly children: React.ReactNode }): React.JSX.Element {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

/** An icon that is always the same drawing, only sized and classed by its caller. */
function fixedIcon(glyph: React.ReactNode): (props: IconProps) => React.JSX.Element {
  return function FixedIcon(props: IconProps): React.JSX.Element {
    return <Svg {...props}>{glyph}</Svg>;
  };
}

const MODALITY_GLYPHS: Readonly<Record<Modality, React.ReactNode>> = {
  fact: (
    <>
      <circle cx="8" cy="8" r="6" fill="currentColor" stroke="none" />
      <path d="M5.2 8.2 7.1 10l3.7-4" stroke="var(--bg-raised)" strokeWidth="1.8" />
    </>
  ),
  statement: (
    <>
      <path d="M3 9.5c0-2.5 1-4 3-5M9 9.5c0-2.5 1-4 3-5" strokeWidth="1.8" />
      <circle cx="4.3" cy="10.4" r="1.7" fill="currentColor" stroke="none" />
      <circle cx="10.3" cy="10.4" r="1.7" fill="currentColor" stroke="none" />
    </>
  ),
  expectation: (
    <>
      <circle cx="8" cy="8" r="6" strokeDasharray="2.4 1.8" />
      <path d="M8 4.8V8l2.2 1.6" />
    </>
  ),
  assessment: (
    <>
      <path d="M8 2.5v11M4 13.5h8M2.5 5h11" />
      <path d="M4.5 5 2.5 9.5h4zM11.5 5l-2 4.5h4z" fill="currentColor" strokeWidth="1" />
    </>
  ),
};

export function ModalityIcon({ modality, ...props }: IconProps & { readonly modality: Modality }) {
  return <Svg {...props}>{MODALITY_GLYPHS[modality]}</Svg>;
}

const VERDICT_GLYPHS: Readonly<Record<VerdictKind, React.ReactNode>> = {
  continuity: <path d="M3 6h10M3 10h10" />,
  intensified: <path d="M8 13V3M4 7l4-4 4 4" />,
  softened: <path d="M8 3v10M4 9l4 4 4-4" />,
  reversed: <path d="M3 5.5h9l-2.5-2.5M13 10.5H4l2.5 2.5" />,
  new: <path d="M8 3v10M3 8h10" />,
  dropped: <path d="M3 8h10" />,
  'no-counterpart': (
    <>
      <path d="M3 8h2.5M10.5 8H13" />
      <circle cx="8" cy="8" r="1.5" />
    </>
  ),
  unclear: (
    <>
      <path d="M5.5 6a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1.9-1.1 1.7v.4" />
      <circle cx="8" cy="12.6" r=".9" fill="currentColor" stroke="none" />
    </>
  ),
};

export function VerdictIcon({ verdict, ...props }: IconProps & { readonly verdict: VerdictKind }) {
  return <Svg {...props}>{VERDICT_GLYPHS[verdict]}</Svg>;
}

export const SwapIcon = fixedIcon(<path d="M2.5 5.5h11l-3-3M13.5 10.5h-11l3 3" />);

export const PlusIcon = fixedIcon(<path d="M8 3v10M3 8h10" />);

export const CloseIcon = fixedIcon(<path d="M4 4l8 8M12 4l-8 8" />);

export const SearchIcon = fixedIcon(
  <>
    <circle cx="7" cy="7" r="4.5" />
    <path d="M10.5 10.5 14 14" />
  </>,
);

export const FilterIcon = fixedIcon(<path d="M2 3.5h12L9.5 9v4l-3 1.5V9z" />);

export function ChevronIcon({
  direction,
  ...props
}: IconProps & { readonly direction: 'up' | 'down' }) {
  return (
    <Svg {...props}>
      <path d={direction === 'up' ? 'M4 10l4-4 4 4' : 'M4 6l4 4 4-4'} />
    </Svg>
  );
}

export const GridIcon = fixedIcon(
  <>
    <rect x="2" y="2" width="5" height="5" rx="1" />
    <rect x="9" y="2" width="5" height="5" rx="1" />
    <rect x="2" y="9" width="5" height="5" rx="1" />
    <rect x="9" y="9" width="5" height="5" rx="1" />
  </>,
);

export const NotesIcon = fixedIcon(
  <>
    <path d="M4 2h6l2.5 2.5V14H4z" />
    <path d="M6 7h4.5M6 9.5h4.5M6 12h3" />
  </>,
);

export const ChartIcon = fixedIcon(
  <>
    <path d="M2.5 13.5h11" />
    <path d="M4.5 11V8M8 11V4M11.5 11V6.5" strokeWidth="2" />
  </>,
);

export const CopyIcon = fixedIcon(
  <>
    <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" />
    <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
  </>,
);

export const KeyboardIcon = fixedIcon(
  <>
    <rect x="1.5" y="4" width="13" height="8.5" rx="1.5" />
    <path d="M4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01M5 10h6" />
  </>,
);

export const OnlyMatchesIcon = fixedIcon(
  <>
    <rect x="2" y="6" width="12" height="4" rx="1" fill="currentColor" stroke="none" />
    <path d="M3 3h10M3 13h10" opacity="0.45" />
  </>,
);

export const SidebarIcon = fixedIcon(
  <>
    <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
    <path d="M6 2.5v11" />
  </>,
);

export const ExpandIcon = fixedIcon(
  <path d="M9.5 2.5h4v4M13.5 2.5 9 7M6.5 13.5h-4v-4M2.5 13.5 7 9" />,
);
