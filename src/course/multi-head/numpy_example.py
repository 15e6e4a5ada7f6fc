import numpy as np

def softmax(S):
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)

X   = np.array([[0.6, 0.8, -0.8, 0.4], [-1.2, 0.3, 0.7, -0.1], [1.2, -0.8, 0.8, 0.7]])
W_Q = np.array([[0.5, -1.5, -0.1, -0.6], [1.2, -0.6, 0.8, 0.7], [-0.7, -1.4, 0.9, -0.9], [-0.7, -1.1, -0.1, 1.5]])
W_K = np.array([[-0.8, -1.3, 1, -0.5], [-0.3, 1.5, -0.7, -0.3], [-0.8, 1.1, 0.7, 1.1], [0, 0.9, 0.4, -1.1]])
W_V = np.array([[0.4, 0.2, -0.6, 0.8], [0.3, -1.5, 1.3, -0.5], [-0.4, 1.1, -0.8, -1], [1, -0.7, 1.5, -1.5]])
W_O = np.array([[-0.4, 0.8, -0.6, 0.5], [-1.3, -1.3, 0.7, 0.1], [-0.7, 1.3, -1.4, 0.7], [1.4, -0.6, 0.1, 1.1]])

n, d_model = X.shape
H = 2
d_k = d_model // H

def split(M):  # [n, d_model] -> [H, n, d_k]: head h gets columns h*d_k ... (h+1)*d_k - 1
    return M.reshape(n, H, d_k).transpose(1, 0, 2)

Q, K, V = split(X @ W_Q), split(X @ W_K), split(X @ W_V)
A = softmax(Q @ K.transpose(0, 2, 1) / np.sqrt(d_k))    # [H, n, n]: one weight matrix per head
Z = A @ V                                               # [H, n, d_k]
concat = Z.transpose(1, 0, 2).reshape(n, d_model)       # Concat(head_1, head_2)
out = concat @ W_O

# W_O as a sum over heads: head h times its own block of rows of W_O
out_sum = sum(Z[h] @ W_O[h * d_k:(h + 1) * d_k] for h in range(H))

for h in range(H):
    print(f"head {h + 1} weights")
    for row in A[h]:
        print(" ".join(f"{x:6.3f}" for x in row))
print("output")
for row in out:
    print(" ".join(f"{x:6.3f}" for x in row))
print("concat view == sum over heads:", bool(np.abs(out - out_sum).max() < 1e-12))
