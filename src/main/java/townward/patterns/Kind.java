package townward.patterns;

/** H: must hold within τ; S (a weak source, or a gap in definition): within 2τ (MODEL.md 12.1). */
public enum Kind { H, S }
