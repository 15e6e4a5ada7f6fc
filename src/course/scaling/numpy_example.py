import numpy as np

def softmax(z):
    e = np.exp(z - z.max())          # minus the max: exp never overflows
    return e / e.sum()

def jacobian(a):
    return np.diag(a) - np.outer(a, a)   # ∂a_i/∂z_j = a_i (δ_ij − a_j)

z = np.array([1.5, 0.4, 1.0, 0.5, -1.7])  # one query's scores at variance ≈ 1
a_scaled = softmax(z)                     # ÷√d_k keeps them this size
print("d_k  top(raw)  max|J|(raw)  top(scaled)  max|J|(scaled)")
for d_k in [4, 64, 512]:
    a_raw = softmax(z * np.sqrt(d_k))     # without ÷√d_k: √d_k times larger
    print(f"{d_k:3d}  {a_raw.max():8.4f}  {np.abs(jacobian(a_raw)).max():11.2e}"
          f"  {a_scaled.max():11.4f}  {np.abs(jacobian(a_scaled)).max():14.2e}")
