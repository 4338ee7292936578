export {}; document.getElementById("root")!.textContent="hi";
