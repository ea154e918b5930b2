"""probe88 corpus notes, H08-H14 (interventional radiology and dialysis-access surgery; all invented)."""

H08 = {"patient_id": "H08", "age": 70, "sex": "M", "notes": [
("2025-03-03", "Operative Report", """
OPERATIVE REPORT
Procedure: 2nd stage L brachiobasilic AVF - basilic vein transposition
Date 3/3/2025, Dr P. Lindqvist
Anesthesia: axillary block + light sedation (propofol infusion).
Hx: 70M ESKD on HD via R IJ tunneled cath, T2DM on NPH 18u bid (injects abdomen), AF on warfarin (held 5 days, INR 1.3), HFrEF. BMI 29.9, charted by primary care as overweight (below the obese range).
Findings: basilic vein 6 mm, arterialized. Mobilized through a longitudinal medial upper arm incision and transposed superficially. Closure 3-0 vicryl / 4-0 monocryl.
Note: pt mentions sore spots on the back of each lower leg - asked him to show IR team at line removal next wk.
"""),
("2025-03-10", "IR Procedure Note", """
IR - tunneled dialysis catheter removal, R IJ
Pre-procedure assessment: Airway mallampati 3, ASA 4. Local lido only, no sedation.
Skin: bilateral posterior calves, mid-calf, each with a 3-4 cm horizontal black eschar on an indurated purple base, with livedo spreading up and down. Pt & wife say he has slept sitting up in a lift recliner since Christmas (orthopnea), legs up on the footrest; the metal edge of the footrest presses exactly across the backs of his calves. The sores started late Feb.
Procedure: catheter removed w/ cuff dissection, manual pressure 10 min, occlusive dsg. Uneventful.
Rec: wound clinic referral sent w/ photos, concern for calciphylaxis.
"""),
("2025-03-20", "Wound Clinic Note", """
Wound clinic - new pt
Posterior calf wounds L and R. Punch bx L posterior calf 3/12: calciphylaxis - medial calcification, thrombosed arterioles, fat necrosis. R side looks identical, not biopsied; treating as the same process.
Both wounds line up with the pressure line from the recliner footrest (pt demonstrated with his wife's phone photo). Footrest now padded; elevate legs on pillows instead.
Warfarin -> apixaban switch discussed with cardiology. NPH continues. Wt stable.
"""),
]}

H09 = {"patient_id": "H09", "age": 62, "sex": "F", "notes": [
("2020-01-15", "IR Procedure Note", """
PROCEDURE: Tunneled hemodialysis catheter placement, LEFT internal jugular
Date: 1/15/2020
Indication: ESRD, failed R forearm AVF; L IJ chosen per pt request (she sleeps on her right side).
Sedation: moderate, versed/fentanyl, 22 min. Pt tolerated.
Details: L IJ accessed under US. Tunneled to a L infraclavicular exit. 23 cm catheter, tip RA. Sutured.
PMH: DM2 on insulin (lispro/glargine - injects posterior upper arms), HTN, BMI 38.0 obesity.
"""),
("2020-04-02", "IR Procedure Note", """
IR: over-the-wire swap, L IJ tunneled HD catheter - catheter malfunction (flows 200)
4/2/2020  Sedation: fentanyl 50 mcg only.
Exchange done, new 23 cm catheter, good flows.
Separate finding on exam: RIGHT infraclavicular chest at the MCL, an indurated purple plaque, 4 cm, dark necrotic middle and a lacy border, pain 10/10, present since mid-March per pt. The right chest has never had a line, port, or incision; no injections there, no burns or injury she can recall. L exit site clean.
Plan: urgent derm referral for bx.
"""),
("2020-04-20", "Dermatology Note", """
Derm
Bx R upper chest 4/6: subQ arterioles calcified and thrombosed -> biopsy-proven calciphylaxis.
No trauma at that site. Her catheter exit is on the other side (L). Insulin into posterior arms, skin there normal.
Plan: IV STS during HD sessions; Ca binder discontinued; dressings per wound RN. Pt tearful; palliative care intro offered.
"""),
]}

H10 = {"patient_id": "H10", "age": 58, "sex": "M", "notes": [
("2021-09-23", "IR Procedure Note - Graft Angioplasty", """
Fistulogram/graft PTA, L forearm loop AVG
9/23/21. Moderate sedation (midazolam 1 mg, fentanyl 75 mcg).
H&P: ESRD 2/2 HTN, HD MWF, no diabetes, no blood thinners. BMI 27.3.
Pt fell in his kitchen Monday (9/20), landed on R hip, big bruise R lateral thigh. Of note there is ALSO a purple-black, very tender patch, R lateral thigh, that he dates to Labor Day, well before the fall - "it was already there and the fall made it hurt worse". Before Labor Day: no bumps, no injections, no heat to that thigh (asked specifically).
Findings: venous anastomotic stenosis 80% -> 7 mm PTA. Good thrill after.
Rec: PCP/derm re thigh lesion.
"""),
("2021-10-05", "Access Surgery Clinic Note", """
Access clinic
Graft fine after PTA.
R lat thigh eschar, 6x5 cm, retiform purpura at margins. Derm bx 9/28 = calciphylaxis.
Timeline clarified again w/ pt + daughter: lesion first noticed 9/6/21 (Labor Day), fall and contusion on 9/20. That skin was untouched before the lesion came.
Plan: renal re STS, no surgical debridement now, wound RN.
"""),
("2021-11-16", "IR Procedure Note - Declot", """
IR: pharmacomechanical declot, L forearm loop AVG (clotted overnight, missed Tues run)
11/16/2021. Sedation: midazolam 0.5 mg + fentanyl 50 mcg, 30 min. tPA 2 mg into graft, Fogarty of arterial plug, 7 mm PTA of venous anastomosis again (3rd time in 2 mo).
Post: pulsatile -> thrill restored, unit notified he can run tomorrow.
Misc: R lat thigh calciphylaxis wound dressed by HHRN, edges pinker, pt says pain "a 5 now, used to be 10". Wt 84.1 kg / BMI 27.0 today.
"""),
]}

H11 = {"patient_id": "H11", "age": 67, "sex": "F", "notes": [
("2023-05-08", "IR Procedure Note", """
IR note: Exchange tunneled HD cath R IJ (infected exit site, MSSA) + new tunnel
Date 05/08/2023. Moderate sedation 35 min. New exit site created lateral to the old one on the R chest, old tract curetted. Abx per ID.
Background: 67F, ESRD on HD (polycystic kidneys), DM2 on Lantus 40 units nightly + Humalog scale - injects abdomen only, has for yrs. Warfarin in the past (stopped 2016 after GI bleed). BMI 32.5.
Skin: both calves wrapped (wound clinic) - see their notes.
"""),
("2023-05-24", "Wound Clinic Note", """
Wound care
Bilat calves: L medial calf 3 cm and R posterior calf 5 cm ulcers with black eschar, surrounding stellate purpura. Onset ~April. Bx (4/27, L calf): calciphylaxis.
Pt denies any injury, injection, heat or tight garment on her lower legs. Insulin goes only into her abdomen, skin there unremarkable (some lipohypertrophy). Abdomen otherwise intact.
Plan: continue STS, hydrocolloid, leg elevation.
"""),
("2023-07-10", "Vascular Access Surgery Consult", """
Vasc surg consult for permanent access
PE: US: LUE cephalic 3.4mm distally -> plan L radiocephalic AVF.
Calf calciphylaxis ulcers slowly granulating.
Pt asks whether the AVF surgery can "start the skin disease in my arm". Explained we cannot exclude new lesions but there's no reason to avoid a needed access.
Scheduled for 7/25.
"""),
]}

H12 = {"patient_id": "H12", "age": 60, "sex": "M", "notes": [
("2018-05-10", "IR Procedure Note", """
IR: Tunneled HD catheter exchange, R IJ (poor flow)
5/10/18. Sedation: moderate. Exchange w/o incident.
Pt points out a painful spot on his L flank that appeared about 10 days ago, no injury before it, nothing injected there, never had heat there. His wife has been putting warm compresses on it since it showed up. Exam: L flank, firm violaceous 4 cm plaque, dusky necrotic center.
PMH: ESRD on HD, no DM, no warfarin. BMI 35.4, obese.
Rec: surgery to see for bx.
"""),
("2018-05-14", "Procedure Note - Punch Biopsy", """
PROCEDURE NOTE
Punch biopsy x2 (4 mm), L flank lesion margin. Consent obtained. 1% lido w/ epi. Hemostasis w/ 4-0 nylon. Specimens to path (H&E, von Kossa).
Told pt to stop warm compresses on the area.
"""),
("2018-05-30", "Operative Report", """
OP NOTE
Pre-op dx: calciphylaxis L flank (bx 5/14: calcified subcutaneous arterioles, thrombosis, necrosis).
Procedure: Excisional debridement L flank wound down to fascia, 8 x 6 cm; NPWT applied (black foam, -125 mmHg), drape taped to the surrounding skin.
Anesthesia: MAC. EBL 30 mL.
Plan: NPWT change MWF at HD unit, STS continued.
"""),
]}

H13 = {"patient_id": "H13", "age": 55, "sex": "F", "notes": [
("2022-08-08", "Access Surgery Consult", """
Consult: PD catheter candidacy
55F with ESRD, 5 months of in-center HD through a R IJ TDC, wants home PD. BMI 48.2 (severe obesity). No DM (A1c 5.4). No anticoagulants.
Exam: Large pannus. On the lower pannus, midline, a 7 cm painful black plaque with net-like purple edges, since July. Denies ever injecting anything into the belly; denies heating pads/hot water bottles; no falls, no knocks; doesn't wear tight belts.
Imp: pannus lesion worrisome for calciphylaxis. PD catheter on hold; if we eventually place one, exit site would need to be upper abdomen/presternal, far from this.
Plan: derm bx.
"""),
("2022-08-19", "Dermatology Note", """
Dermatology - biopsy results
Incisional bx 8/10 lower pannus: calcification of small vessels, fibrin thrombi, necrotic fat -> calciphylaxis confirmed.
Counseled: avoid SC injections, do not apply heat or ice to the abdomen, take care with belts.
Started STS.
"""),
("2022-09-30", "Access Surgery Follow-up", """
F/u
Pannus wound stable, eschar intact. Renal wanted VTE ppx with SC heparin while she's admitted next month for a knee thing - I asked that heparin shots, if given, be put in her arms rather than the belly.
Presternal PD catheter to be considered in 3-6 months if the wound heals. Continue HD via TDC. Wt down, BMI 47.6.
"""),
]}

H14 = {"patient_id": "H14", "age": 69, "sex": "M", "notes": [
("2019-11-04", "Dermatology Consult Note", """
Derm consult (inpatient)
69M, ESRD, HD through a R IJ TDC, DM2 (metformin stopped, sitagliptin now), AF - warfarin, BMI 30.9.
Bilateral medial thighs: multiple stellate necrotic ulcers on indurated purpuric plaques, onset ~1 month. Bx L medial thigh: calciphylaxis.
Thighs: no injections, no heat/cold, no pressure from garments, no trauma per pt.
Counselled pt and family: trauma to the skin (needles, heating pads, knocks) may provoke new lesions - avoid.
"""),
("2019-11-12", "IR Procedure Note", """
IR - TDC exchange, R IJ (fibrin sheath)
11/12/2019, moderate sedation.
Skin at the R chest exit site: superficial skin breakdown 2 x 1 cm under the old transparent dressing, shiny and weepy, sharply outlined to the rectangle of the adhesive - tape stripping / irritant dermatitis from the dressing adhesive. Not necrotic, no eschar, no purpura. Not calciphylaxis clinically.
Changed to silicone-border dressing. Exchange done uneventfully.
"""),
("2019-12-02", "Vascular Access Clinic Note", """
Access clinic
R chest dressing-related erosion healed in 2 wks with barrier film, no recurrence.
Thigh calciphylaxis: improving on STS; warfarin replaced w/ apixaban.
Plan: L arm AVF mapping; pt aware that any future incision could seed new calciphylaxis. BMI 30.2.
"""),
]}

PATIENTS = [H08, H09, H10, H11, H12, H13, H14]
