import numpy as np

def positional_encoding(n, d_model):
    pos = np.arange(n)[:, None]                  # [n, 1]: positions 0 ... n-1
    i = np.arange(d_model // 2)[None, :]         # [1, d_model/2]: one frequency per pair
    angle = pos / 10000 ** (2 * i / d_model)     # [n, d_model/2], in radians
    PE = np.zeros((n, d_model))
    PE[:, 0::2] = np.sin(angle)                  # even columns 2i
    PE[:, 1::2] = np.cos(angle)                  # odd columns 2i+1
    return PE

d_model = 8
PE = positional_encoding(10, d_model)
print("PE[0:4]")
for row in PE[:4]:
    print(" ".join(f"{x:6.3f}" for x in row))

# The dot product depends only on the distance between the two positions
print(f"PE[1]·PE[4] = {PE[1] @ PE[4]:.6f}")
print(f"PE[6]·PE[9] = {PE[6] @ PE[9]:.6f}")
print(f"PE[1]·PE[5] = {PE[1] @ PE[5]:.6f}")

# Moving k positions on is one fixed rotation per (sin, cos) pair, whatever the position
def shift(pe, k):
    out = np.empty_like(pe)
    for i in range(d_model // 2):
        w = 1 / 10000 ** (2 * i / d_model)
        c, s = np.cos(k * w), np.sin(k * w)
        out[2 * i] = c * pe[2 * i] + s * pe[2 * i + 1]
        out[2 * i + 1] = -s * pe[2 * i] + c * pe[2 * i + 1]
    return out

print("PE[pos+2] == M(2) @ PE[pos]:", bool(np.abs(shift(PE[1], 2) - PE[3]).max() < 1e-12))
