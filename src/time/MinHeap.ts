// A binary min-heap ordered by a numeric key, first-in first-out among equal keys.

interface Node<T> {
  key: number;
  order: number;
  value: T;
}

export class MinHeap<T> {
  private readonly nodes: Node<T>[] = [];
  private inserted = 0;

  push(key: number, value: T): void {
    this.nodes.push({ key, order: this.inserted++, value });
    this.siftUp(this.nodes.length - 1);
  }

  /** The smallest key, or undefined when empty. */
  peekKey(): number | undefined {
    return this.nodes[0]?.key;
  }

  pop(): T | undefined {
    return this.popNode()?.value;
  }

  /** Removes and returns every value, in key order. */
  drain(): T[] {
    const values: T[] = [];
    for (let node = this.popNode(); node; node = this.popNode()) values.push(node.value);
    return values;
  }

  private popNode(): Node<T> | undefined {
    const top = this.nodes[0];
    const last = this.nodes.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.nodes.length > 0) {
      this.nodes[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private before(a: Node<T>, b: Node<T>): boolean {
    return a.key < b.key || (a.key === b.key && a.order < b.order);
  }

  private siftUp(index: number): void {
    const nodes = this.nodes;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(nodes[index], nodes[parent])) return;
      [nodes[index], nodes[parent]] = [nodes[parent], nodes[index]];
      index = parent;
    }
  }

  private siftDown(index: number): void {
    const nodes = this.nodes;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < nodes.length && this.before(nodes[left], nodes[smallest])) smallest = left;
      if (right < nodes.length && this.before(nodes[right], nodes[smallest])) smallest = right;
      if (smallest === index) return;
      [nodes[index], nodes[smallest]] = [nodes[smallest], nodes[index]];
      index = smallest;
    }
  }
}
