import numpy as np

signal = 1.0
for step in range(6):
    signal = 0.9 * signal
print(f"{signal:.3f}")

q = np.array([3, 2, -1.5])
K = np.array([[1, 1, 0], [0, 0, 0.2], [1, 0, 0.3],
              [0, 0.2, 0], [0, 0.5, 1], [0, 0, 0],
              [0.5, 0.5, 0], [0, 1, 0]])
s = K @ q / np.sqrt(K.shape[1])
w = np.exp(s) / np.exp(s).sum()
print(" ".join(f"{x:.3f}" for x in w))
