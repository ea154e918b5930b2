"""probe66 corpus notes, R08-R14 (outpatient dialysis unit; all invented)."""

R08 = {"patient_id": "R08", "age": 45, "sex": "F", "notes": [
("2022-11-14", "Home PD Clinic RN Note", """
Monthly home PD visit (APD, 4 cycles, 2L fills). Effluent clear, ES clean and dry.
Pt complains again of the itch - "it's driving me crazy". Admits she has been scratching one patch on her L outer thigh raw since last spring, sometimes with a hairbrush. In 10/2022 a hard, very tender purple lump came up right in the middle of that scratched patch; by now it is crusted black on top.
Assessment: L lateral thigh, excoriations over approx 10 x 6 cm, central 2.5 cm indurated purple nodule with eschar. Pain 8/10.
Sent secure message to Dr Ferreira - ?calciphylaxis. BMI 41.3 at 112 kg.
-- A. Szabo RN
"""),
("2022-11-28", "Nephrology Progress Note", """
PD progress note
45F, ESRD d/t reflux nephropathy, on APD since 2019. No DM (A1c 5.2). No anticoagulants, no warfarin ever. Severe obesity.
Uremic pruritus: poorly controlled on gabapentin 100 mg qhs.
Skin: punch bx 11/21 (L lateral thigh nodule): medial calcific deposits in little subcutaneous arterioles, luminal thrombi = calciphylaxis. The lesion lies inside the excoriated patch she has scratched since last spring; scratching probably the local trigger.
Plan: STS - pt agrees to go to in-center unit 3x/wk for IV infusions. Stop calcium carbonate, switch to sucroferric oxyhydroxide. Dermatology for the itch (consider dupilumab off-label). Nails trimmed short, cotton gloves at night.
I. Ferreira MD
"""),
("2023-01-09", "Nephrology Progress Note", """
f/u PD - L thigh calciphylaxis wound smaller (1.8 cm), granulating edges, eschar lifting. Pain 4/10.
Itch much better; she has stopped scratching.
Wt 109 kg, BMI 40.6. PTH 420. Continue STS x 4 more wks.
I. Ferreira MD
"""),
]}

R09 = {"patient_id": "R09", "age": 69, "sex": "M", "notes": [
("2025-03-03", "Chairside RN Note", """
Pre-tx assessment. Pt reports a "burning bruise" high on his L inner thigh since sometime in Feb, worse at night. Exam: purplish 5 cm patch L medial thigh w/ lacy edges and 2 small dark scabs, firm. Wife gives his NPH insulin and she says she only ever uses his R thigh - "I always do the same side". Pt denies falls or bumping the leg.
R thigh inspected: some lipohypertrophy, no discoloration.
Access: L arm AVF, 15g, no issues. BFR 400.
"""),
("2025-03-17", "Nephrology Monthly Progress Note", """
HD monthly note
69M. ESRD from DKD, HD MWF, EDW 104 kg. T2DM on NPH 20u bid (wife administers, R thigh only). AF, warfarin, INR 2.8. Obese, BMI 35.2.
Skin: L medial thigh necrotic plaque with retiform purpura, enlarging. Derm punch bx 3/11: calciphylaxis (medial calcification, thrombi).
Plan:
- warfarin -> apixaban 2.5 bid.
- STS 25 g w/ HD starting Wednesday.
- Low Ca bath. Cinacalcet uptitrate.
- Insulin may continue in R thigh, no lesion there.
P. Okonkwo MD
"""),
("2025-04-14", "Nephrology Monthly Progress Note", """
Monthly. Pt on apixaban now; warfarin stopped 3/18. Wound L thigh now 4x3cm, eschar intact, no infection. Tramadol 50 mg twice daily keeps pain tolerable.
No new lesions elsewhere. BMI 34.7.
P. Okonkwo MD
"""),
]}

R10 = {"patient_id": "R10", "age": 73, "sex": "F", "notes": [
("2020-03-09", "Nephrology Monthly Progress Note", """
73 yo F, ESKD due to hypertensive nephrosclerosis, HD via R IJ permcath (fistula failed). AF on warfarin for 5 yrs. No diabetes. BMI 26.0.
S: painful "bruise" on back of R calf noticed on Monday 3/2 when her granddaughter helped her shower. She is clear that nothing hit or hurt that leg before the spot appeared, and no one applied ice or heat to it.
O: R posterior calf: stellate purpura 3x4 cm with central dusky necrosis, tender. L leg normal.
A/P: concern for warfarin-related calciphylaxis vs warfarin skin necrosis. Arrange derm bx. INR 2.6.
E. Moreau MD
"""),
("2020-03-20", "Chairside RN Note", """
Incident: during transfer from w/c to dialysis chair at 07:10 pt struck her R calf against the metal footrest. Small bruise (2 cm) appeared just below her existing calf dressing. Dressing intact, no bleeding. Pt says it "hurts but not like the other thing". Incident report filed.
Tx: 3h45m, UF 2.1 L, catheter flows adequate, locked w/ citrate.
"""),
("2020-04-06", "Nephrology Monthly Progress Note", """
f/u. Derm bx of R calf (3/13): calciphylaxis confirmed, no features of warfarin necrosis.
Warfarin discontinued 3/16; now on apixaban after cardiology d/w. STS 3x/wk ongoing.
The footrest bruise from 3/20 has faded. Calf wound stable, 4 x 4 cm.
BMI 25.8.
E. Moreau MD
"""),
]}

R11 = {"patient_id": "R11", "age": 60, "sex": "M", "notes": [
("2021-07-19", "Home PD Clinic RN Note", """
Pt on CAPD, 4 exchanges/day (2 x 2.5%, 2 x 1.5%). Drain times ok.
New complaint: very sore spot L buttock, started around the Fourth of July. His wife has been laying warm wet washcloths on it since last Thursday to "draw it out". No falls, no injections there, has not had any procedures.
Assessment: L buttock (upper outer quadrant): dusky firm plaque, 4 cm, black in the middle, surrounding net-like purple discoloration. Afebrile.
Advised to stop warm compresses. Dr Haddad notified for urgent review.
T2DM on linagliptin 5 mg. BMI 30.4.
"""),
("2021-08-02", "Nephrology Progress Note", """
PD clinic - MD
60M ESRD 2/2 DM nephropathy, CAPD. T2DM, no insulin. No warfarin hx. Obesity (BMI 30.4).
L buttock lesion: punch biopsy 7/27 -> calciphylaxis (calcified arterioles, panniculitis). Lesion predates the warm compresses by about 10 days; they were stopped.
Plan: IV STS at in-center unit MWF. Wound clinic for debridement of eschar. Change calcium acetate to sevelamer.
N. Haddad MD
"""),
("2021-08-30", "Nephrology Progress Note", """
PD f/u. Wound clinic did sharp debridement of the L buttock eschar on 8/17; clean base now, 3.5 cm. Some skin stripping from the dressing tape at the wound margin - changed to silicone border dressing.
Pain 3/10. Continue STS.
BMI 29.8 today.
N. Haddad MD
"""),
]}

R12 = {"patient_id": "R12", "age": 57, "sex": "F", "notes": [
("2022-04-11", "Nephrology Monthly Progress Note", """
Monthly rounding
57F with ESRD (diabetic kidney disease), HD Tu/Th/Sat. Type 2 DM on glipizide 2.5 mg, has never used insulin. BMI 48.7, class III obesity. No warfarin.
Pt showed me painful dark areas on the underside of her lower abdominal pannus, both sides, present ~3 wks.
No shots of any sort go into her abdomen, she says; she denies heating pads, hot packs, tight belts or any injury. No recent surgery.
Exam: bilateral lower pannus with large areas of livedo racemosa and two necrotic ulcers (R 3 cm, L 5 cm), indurated.
A: suspected calciphylaxis (obesity, DM, PTH 950).
P: derm bx, wound RN. Planned admission next month if confirmed.
V. Lindgren MD
"""),
("2022-04-25", "Chairside RN Note", """
Pt had punch bx of the L pannus ulcer edge done at derm on Friday. Bx site sutured, dressing dry and intact. Pain 9/10 during tx, medicated with acetaminophen 650 mg po per order. Pt tearful.
Tx: 4 h, BFR 350, UF 3.2 L. L upper arm graft.
"""),
("2022-05-09", "Nephrology Monthly Progress Note", """
Bx 4/22 (L lower pannus): calciphylaxis. Admitting 5/12 for wound debridement and IV STS.
For the hospital stay she will need SC heparin prophylaxis - inpatient team requested to inject arms only and keep needles out of the pannus. Surgery has raised panniculectomy at a later date; nothing scheduled.
Wt 140 kg, BMI 47.9.
V. Lindgren MD
"""),
]}

R13 = {"patient_id": "R13", "age": 64, "sex": "M", "notes": [
("2023-09-06", "Chairside RN Note", """
Skin check per unit protocol:
- R heel: intact blister ~1.5 cm over the back of the heel where it rests on the chair footrest during tx; stage 2 pressure injury. Heel protector applied, pillow under calves.
- L shin: skin tear 3 cm after he bumped it on his wheelchair yesterday; Steri-strips, non-adherent dressing.
- Thighs: pt mentions tender areas behind both thighs x1 wk; not assessed fully in chair, will ask MD.
BFR 400, Qd 600. Pt tolerated.
"""),
("2023-10-02", "Nephrology Monthly Progress Note", """
64 yo M, ESRD (chronic GN), HD 12 yrs, L arm AVF. No DM. Never anticoagulated. BMI 24.1.
Skin:
1) Posterior thighs bilaterally - painful violaceous plaques with retiform borders, L 6 cm and R 4 cm, central necrosis on the L. Bx 9/26 from L posterior thigh: calciphylaxis.
2) R heel: footrest-related pressure injury (stage 2), improving with offloading; this is NOT calciphylaxis, looks and behaves like a pressure wound.
3) L shin skin tear - healing well.
Thighs: no injections, heat, trauma or procedures there per pt.
P: STS w/ each tx, wound care, offload heels, stop calcitriol.
F. Obuya MD
"""),
("2023-10-30", "Nephrology Monthly Progress Note", """
Monthly - posterior thigh calciphylaxis, both sides: slow, L eschar softening, R plaque unchanged.
R heel pressure injury: resolved. L shin: healed, no scar breakdown.
Weight stable, BMI 24.3.
F. Obuya MD
"""),
]}

R14 = {"patient_id": "R14", "age": 68, "sex": "F", "notes": [
("2018-05-14", "Nephrology Monthly Progress Note", """
68F with ESRD due to diabetic nephropathy, HD M/W/F from 2015. DM2: Basaglar and NovoLog, all injected in the abdomen. BMI 33.0 (obese). No Coumadin.
Skin intact. Discussed calciphylaxis risk given obesity, diabetes, Ca x P product 68 and high PTH: keep hot pads and cold packs off her legs, keep injections out of the thighs, report any painful skin spot right away.
Phos 7.9 - dietitian re-ed. Binder adjusted.
O. Mensah MD
"""),
("2018-09-10", "Chairside RN Note", """
Pt back from rehab after L hip fracture (fell at home 7/18, had ORIF). Got enoxaparin shots in the belly during the hospital stay, finished.
Today pt c/o burning pain both calves. Obs: bilat calves w/ mottled purple lacy pattern and two small black-centered ulcers (R 1 cm, L 1.5 cm). L hip incision healed.
MD notified, photos.
"""),
("2018-09-24", "Nephrology Monthly Progress Note", """
Bx 9/18 of R calf: calciphylaxis, confirmed. Lesions on both lower legs, onset late Aug per pt.
No trauma, heat, cold, injections or compression to the lower legs - insulin and the enoxaparin were in the abdomen only, the fracture and surgery were at the L hip.
Plan: STS, stop Ca-based binder, cinacalcet, wound care. BMI 32.6.
O. Mensah MD
"""),
("2018-10-22", "Medication Administration Record", """
10/22/2018 chair 9: STS 25 g IV infused over final 30-60 min of tx (dose 11). Heparin 1500 u IV bolus. Calcitriol held per MD. Pt took own aspart with lunch (into abdomen, self-administered, documented per pt report).
No adverse reactions.
"""),
]}

PATIENTS = [R08, R09, R10, R11, R12, R13, R14]
