// Build time: a weighted logistic regression fitted by Newton's method (a handful of features, so the
// Hessian is tiny), used to calibrate phonetic alignment features into a match probability.

export interface Example {
  x: number[];
  y: 0 | 1;
  weight: number;
}

export interface LogisticFit {
  weights: number[];
  bias: number;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Fit p(y=1|x) = σ(w·x + b) with a small ridge penalty (keeps separable data finite). */
export function fitLogistic(examples: Example[], iterations = 25, ridge = 1e-3): LogisticFit {
  const d = examples[0].x.length + 1;
  let beta = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const ex of examples) {
      const x = [...ex.x, 1];
      let z = 0;
      for (let i = 0; i < d; i++) z += beta[i] * x[i];
      const p = 1 / (1 + Math.exp(-z));
      const w = ex.weight;
      for (let i = 0; i < d; i++) {
        grad[i] += w * (ex.y - p) * x[i];
        for (let k = 0; k < d; k++) hess[i][k] += w * p * (1 - p) * x[i] * x[k];
      }
    }
    for (let i = 0; i < d; i++) {
      grad[i] -= ridge * beta[i];
      hess[i][i] += ridge;
    }
    const step = solve(hess, grad);
    beta = beta.map((v, i) => v + step[i]);
    if (step.every((s) => Math.abs(s) < 1e-8)) break;
  }
  return { weights: beta.slice(0, d - 1), bias: beta[d - 1] };
}
