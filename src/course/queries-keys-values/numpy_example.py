import numpy as np

def softmax(S):
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)

X = np.array([[1, 0, 1, 0],
              [0, 1, 0, 1],
              [1, 1, 0, 0]])
W_Q = np.array([[0, 1, 0], [1, 0, 1],
                [1, 1, 0], [0, 1, 1]])
W_K = np.array([[0, 0, 0], [1, 0, 1],
                [1, 1, 0], [1, 0, 0]])
W_V = np.array([[0, 0, 0], [1, 1, 0],
                [0, 0, 1], [1, 0, 0]])

Q, K, V = X @ W_Q, X @ W_K, X @ W_V
d_k = K.shape[1]
A = softmax(Q @ K.T / np.sqrt(d_k))
Z = A @ V

for name, M in (("A", A), ("Z", Z)):
    print(name)
    for row in M:
        print(" ".join(f"{x:6.3f}" for x in row))
