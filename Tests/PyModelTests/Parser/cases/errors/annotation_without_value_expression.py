x.y: 
