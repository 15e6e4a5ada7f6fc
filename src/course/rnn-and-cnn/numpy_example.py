import numpy as np

def conv_layers(D, k, dilated):
    """Layers of width-k convolutions until a position D steps away is in the receptive field."""
    seen = np.zeros(D + 1, dtype=bool)   # seen[t]: the input t steps back reaches this output
    seen[0] = True
    layers, gap = 0, 1
    while not seen[D]:
        grown = seen.copy()
        for s in range(1, k):            # the kernel's other taps, s * gap steps back
            if s * gap <= D:
                grown[s * gap:] |= seen[:D + 1 - s * gap]
        seen, layers = grown, layers + 1
        if dilated:
            gap *= k                     # dilations 1, k, k^2, ...
    return layers

D, k = 13, 3
print(f"distance {D}, kernel {k}")
print(f"recurrent: {D}")                 # one step per position: h_t needs h_(t-1)
print(f"convolution (contiguous): {conv_layers(D, k, False)}")
print(f"convolution (dilated): {conv_layers(D, k, True)}")
print("self-attention: 1")               # every query sees every key directly

# Table 1: operations per layer
for length, width in [(30, 512), (8192, 512)]:  # n tokens, d dimensions
    attention = length * length * width  # Q K^T: n*n dot products of length d (A V: the same again)
    recurrent = length * width * width   # n steps, each a d-vector times a d x d matrix
    print(f"n = {length}, d = {width}: attention {attention}, recurrent {recurrent}")
