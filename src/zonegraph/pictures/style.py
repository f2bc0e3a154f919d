"""How each kind of node and relation looks, and what it is called on the page (in Chinese).

One table for the page, its legend and the tests, so that a colour never means two things.
"""

from __future__ import annotations

from zonegraph.pictures.networks import BROADER, SHARES

# kind -> (Chinese name, colour, vis-network shape, legend symbol)
KINDS: dict[str, tuple[str, str, str, str]] = {
    "Zone": ("高新区", "#d62728", "dot", "●"),
    "ResearchInstitute": ("科研机构", "#1f77b4", "square", "■"),
    "Enterprise": ("企业", "#2ca02c", "triangle", "▲"),
    "Industry": ("产业", "#ff7f0e", "diamond", "◆"),
    "IndustrialCluster": ("产业集群", "#9467bd", "hexagon", "⬢"),
    "Policy": ("政策", "#8c564b", "triangleDown", "▼"),
    "Organization": ("发文机关", "#7f7f7f", "star", "★"),
}

# relation -> (Chinese name, colour, directed, name seen from the object's side)
RELATIONS: dict[str, tuple[str, str, bool, str]] = {
    "partnersWith": ("合作机构", "#1f77b4", True, "合作的高新区"),
    "hostsEnterprise": ("区内企业", "#2ca02c", True, "所在高新区"),
    "hasIndustry": ("主导产业", "#ff7f0e", True, "以此为主导产业的高新区"),
    "hasCluster": ("产业集群", "#9467bd", True, "所在高新区"),
    "clusterIndustry": ("集群产业", "#c5b0d5", True, "相关产业集群"),
    "implementsPolicy": ("落实政策", "#8c564b", True, "落实该政策的高新区"),
    "issuedBy": ("发布机关", "#7f7f7f", True, "发布的政策"),
    "subOrganizationOf": ("隶属于", "#17becf", True, "下属机构"),
    BROADER: ("上位产业", "#dbdb8d", True, "细分产业"),
    SHARES: ("共享合作机构", "#6b6ecf", False, "共享合作机构"),
}

# community colours (Tableau 20, strongest first); communities past the palette repeat it
COMMUNITY_COLOURS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22",
    "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d",
)

# measure -> Chinese name, for the size menu
MEASURES: dict[str, str] = {
    "degree": "度（关系数）",
    "betweenness": "中介中心性",
    "closeness": "接近中心性",
    "eigenvector": "特征向量中心性",
}

# kind -> label font size in canvas units (px at zoom 1): what shows once the reader zooms in
LABEL_SIZES: dict[str, int] = {
    "Zone": 20, "ResearchInstitute": 16, "Enterprise": 14, "Industry": 15,
    "IndustrialCluster": 16, "Policy": 14, "Organization": 16,
}
# on-screen size (px) of the labels that must be readable in the first, fitted view
PROMINENT_LABEL_PX = 13
