/** The sinusoid widget's number formats and its equation, in TeX and plain text. */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import * as sinusoid from '../../../../src/i18n/strings/sinusoid.ts';
import { encodingTable, pairView } from '../../../../src/widgets/sinusoid/model.ts';
import { fmtAngle, fmtError, fmtInt, fmtSig, fmtValue, rotationEquation } from '../../../../src/widgets/sinusoid/format.ts';
import { typeset } from '../../../../src/widgets/ui/typeset.ts';

describe('formats', () => {
  it('write values, frequencies, angles, errors and offsets', () => {
    expect(fmtValue(-0.00001)).toBe('0.0000');
    expect(fmtValue(-0.5)).toBe('−0.5000');
    expect(fmtSig(10000 ** (-2 / 16))).toBe('0.3162');
    expect(fmtSig(1)).toBe('1');
    expect(fmtSig(2 * Math.PI * 10000)).toBe('62830');
    expect(fmtAngle(1.5811388)).toBe('1.581');
    expect(fmtError(0)).toBe('0');
    expect(fmtError(2.220446049250313e-16)).toBe('2.2 × 10⁻¹⁶');
    expect(fmtInt(-4)).toBe('−4');
  });
});

describe('the rotation equation', () => {
  const t = encodingTable(16, 32);

  it('shows the kernel’s PE(pos + k), the block and PE(pos) with four decimals', () => {
    const v = pairView(t, 5, 1, 4);
    const eq = rotationEquation(v);
    expect(eq.text).toBe(
      `PE(9)₂,₃ = [${fmtValue(t.P.get(9, 2))}, ${fmtValue(t.P.get(9, 3))}] = M(4)₁ · PE(5)₂,₃ = ` +
        `[[${fmtValue(v.block[0][0])}, ${fmtValue(v.block[0][1])}], [${fmtValue(v.block[1][0])}, ${fmtValue(v.block[1][1])}]] · [${fmtValue(t.P.get(5, 2))}, ${fmtValue(t.P.get(5, 3))}]`,
    );
    expect(eq.text).not.toMatch(/_|\$/);
    expect(() => katex.renderToString(eq.tex, { throwOnError: true, strict: 'error', output: 'mathml' })).not.toThrow();
    expect(eq.tex).toContain(`\\mathrm{PE}(9)_{2,3}`);
  });

  it('without a position pos + k, shows the right-hand side only', () => {
    const eq = rotationEquation(pairView(t, 2, 0, -5));
    expect(eq.text.startsWith('M(−5)₀ · PE(2)₀,₁')).toBe(true);
    expect(() => katex.renderToString(eq.tex, { throwOnError: true, strict: 'error', output: 'mathml' })).not.toThrow();
  });
});

describe('strings', () => {
  it('typeset where they hold TeX, and nowhere else hold a $', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const key of sinusoid.TYPESET) expect(typeset(sinusoid[locale][key])).toContain('<math');
      for (const [key, text] of Object.entries(sinusoid[locale])) {
        if (!(sinusoid.TYPESET as readonly string[]).includes(key)) expect(text, key).not.toMatch(/\$|\bd_(model|k)\b/);
      }
    }
  });
});
