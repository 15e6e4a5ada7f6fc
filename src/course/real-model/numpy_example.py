import numpy as np

d_k = 12
w = np.array([[0.8597, 0.1399],
              [0.1379, 0.8619],
              [0.8332, 0.1667],
              [0.1659, 0.8341]])

gap = np.log(w[:, 0] / w[:, 1])
S = np.stack([gap, np.zeros(len(gap))], axis=1)
P = np.exp(S) / np.exp(S).sum(axis=1, keepdims=True)

for g, p in zip(gap, P):
    print(f"{g:7.3f} {g * np.sqrt(d_k):7.2f} {p[0]:6.3f}")
