import { Figure } from "@/components/Figure";

type Figures = { videoCount: number; share: number; shareDenominator: number; section: string };

/** The figure of a theme or topic (count, share of the paper's denominator, section), in its theme's colour. */
export function EntryFigure({ of, color, size }: { of: Figures; color: string; size?: "md" | "lg" }) {
  const { videoCount, share, shareDenominator, section } = of;
  return (
    <Figure
      videoCount={videoCount}
      share={share}
      shareDenominator={shareDenominator}
      section={section}
      color={color}
      size={size}
    />
  );
}
