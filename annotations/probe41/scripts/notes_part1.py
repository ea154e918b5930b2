"""probe41 corpus notes, V01-V07 (vascular surgery and limb-salvage wound clinic; all invented)."""

V01 = {"patient_id": "V01", "age": 71, "sex": "M", "notes": [
("2019-06-11", "Vascular Surgery Post-op Visit", """
VASCULAR SURGERY CLINIC - POSTOP CHECK
Pt: 71M, POD 14 after L femoral-popliteal bypass (reversed GSV, above-knee target) on 05/28/19 for rest pain L forefoot.
Course c/b L popliteal/peroneal DVT found on duplex 6/4/19; started on therapeutic enoxaparin that day. Wife Gloria gives the shots. She reports she puts every dose into the left lower belly ("he sleeps on his right so I keep to the left side").
PMH: CKD stage 4 (eGFR 19, followed by Dr Varga, NOT on dialysis, no access yet), HTN, HLD, ex-smoker 40 pk-yr. No DM.
Exam: incisions L medial thigh + L medial calf c/d/i, staples out today. Palpable graft pulse. L DP dopplerable, PT faint.
Wt 97 kg, Ht 176 cm -> BMI 31.2.
A/P: doing well. Continue lovenox (renally adjusted dose per pharmacy), f/u graft surveillance duplex 4 wk.
"""),
("2019-07-30", "Limb Salvage Wound Clinic", """
LIMB SALVAGE / WOUND CLINIC - NEW PROBLEM
Here with wife for a very painful spot on L lower abdomen. Per pt it began as a hard dusky lump 3 weeks ago, right where Gloria has been injecting the enoxaparin; over ~10 days the middle went black.
Graft: palpable pulse, incisions healed. Toes warm, cap refill <3 s.
Abd wall, LLQ: 6x4cm stellate violaceous plaque; adherent black eschar (2cm) centrally; netlike purpura at margins, exquisitely tender. Surrounding old needle marks. No fluctuance, no crepitus. RLQ clear.
Calcium 9.8, phosphorus high at 6.1, intact PTH 412. Not anticoagulated with warfarin yet.
Imp: necrotic plaque LLQ at the LMWH injection field in a CKD4 pt, hyperphosphatemic -- concerned for calciphylaxis (non-dialysis). DDx heparin skin necrosis/HIT (plt stable 210), abscess.
Plan: 6 mm punch at edge today (see procedure note). Injections moved off abdomen pending path. Nephrology aware. Photo in media tab.
"""),
("2019-08-09", "Dermatopathology / Nephrology Addendum", """
Addendum - renal clinic (Varga)
Skin punch LLQ: septal and lobular panniculitis, circumferential calcification of small arterioles w/ intimal hyperplasia and fibrin thrombi, von Kossa highlights calcium. Consistent with CALCIPHYLAXIS.
Discussed with vascular. Lesion arose in skin repeatedly needled for enoxaparin since early June -> we believe the LMWH injections were the local trigger. Enoxaparin stopped; transitioned to warfarin for the DVT (INR goal 2-3) after weighing risk, as DOACs are limited at his eGFR -- will reassess in 3 mo given the calciphylaxis concern with VKA.
IV sodium thiosulfate begun (TIW) by PICC placed R arm. Sevelamer for phos. Still not on dialysis; access planning referral placed.
BMI today 30.8.
"""),
]}

V02 = {"patient_id": "V02", "age": 64, "sex": "F", "notes": [
("2022-01-24", "Vascular Surgery New Patient", """
Reason for referral: nonhealing R calf wound, ?arterial.
HPI: 64 yo woman on CCPD (nightly cycler, 4 yrs) for ESKD 2/2 IgA nephropathy, T2DM managed by diet alone (A1c 6.4, never on insulin or orals), HTN. Since Thanksgiving she has been pressing a plug-in heating pad to her right calf (posterior aspect) most evenings for cramping "and to keep it warm", frequently dozing off with it switched on. Since early January she has had a burning, exquisitely tender spot at the same place that turned purple then black.
Noninvasive studies today: ABI: R .98 / L 1.04; TBI R 0.71. Monophasic? no - triphasic at R PT and DP. Toe pressure R hallux 88 mmHg.
Exam: R posterior calf, mid belly: 5x3.5cm irregular ulcer w/ thick black eschar, surrounded by retiform purpuric rim and firm induration. Pain out of proportion. Mottled reticulated brown discoloration around it (heat). L leg clean.
Assessment: Perfusion adequate to heal; arterial etiology unlikely. Worried about calciphylaxis where she has applied heat chronically, PD pt. Could also be a deep thermal burn.
Plan: no revascularization needed. Refer derm for biopsy. Stop heating pad. BMI 27.4.
"""),
("2022-02-03", "Dermatology Procedure Note", """
Procedure: incisional wedge biopsy, R posterior calf ulcer margin. Consent signed. Lidocaine 1% w/ epi. 2x0.6cm ellipse to fat. Pressure held till dry; closed with 4-0 nylon.
Path (prelim read, Dr Saeki, called to clinic): small vessel medial calcification, thrombosed capillaries in fat lobules, early fat necrosis. Calcium stains pending but this is calciphylaxis.
Counselled pt. She says she "got the heating pad out on Thanksgiving evening" and used it nearly every evening until the vascular visit. Lesion in exactly that spot.
"""),
("2022-03-15", "Wound Clinic Follow-up", """
Wound care visit #4
Dx: biopsy-confirmed calciphylaxis R posterior calf (path final 2/7: von Kossa +).
Wound: 5.2x3.8cm, eschar beginning to soften peripherally, slough ~20%, no purulence. Periwound: livedo receding. Pain 6/10 (was 9).
Border slough removed sharply (loose pieces only); stable central eschar left in place. Calcium alginate, foam, light wrap - NO compression.
STS with PD exchanges per nephrology. Wt stable. Remains off heating pad; uses blanket instead.
RTC 1 wk.
"""),
]}

V03 = {"patient_id": "V03", "age": 58, "sex": "M", "notes": [
("2023-03-13", "Vascular Clinic - Venous Evaluation", """
58 y/o M who gets in-center HD on Tue/Thu/Sat (L BC fistula) for diabetic nephropathy. Insulin dependent DM2, uses lispro + detemir, pens in abdomen. Obese (BMI 36.5).
CC: bilateral leg swelling, heaviness L>R. No ulcers today, skin intact, mild hemosiderin staining.
Venous duplex: L GSV reflux 2.1 s at SFJ, no DVT. Arterial screen normal (ABI L 1.1, R 1.08, noncompressible? no).
Plan: compression stockings (knee length, 20 to 30 mmHg) fitted today, on in AM off at night. Leg elevation. Recheck 6 wks.
"""),
("2023-04-10", "Vascular Clinic - Urgent Add-on", """
Add-on: new painful wound L ankle.
Wife says the L stocking kept bunching up and cutting in at the inner ankle since he started wearing them in mid-March; on 04/02/2023 she noticed a purple "grid" pattern there, then a blackish scab. He has kept wearing the stocking because "doc said to".
O/E: L medial malleolus: 3x2.5cm stellate necrotic ulcer w/ dry eschar, surrounding retiform purpura extending 4 cm, firm subcut nodules palpable proximally. Exquisite pain with light touch. Band-like indentation from stocking visible. R leg intact.
Not consistent with venous ulcer (location ok but pain, purpura, eschar atypical). ABI unchanged.
Imp: r/o calciphylaxis, L medial ankle, at the site of stocking pressure.
Plan: stop compression L leg. Punch bx by derm this wk. Notify HD unit / nephro.
"""),
("2023-05-02", "Wound Care Note", """
Limb salvage wound center - f/u
Path (4/13, L ankle): calcific uremic arteriolopathy -- medial calcification & thrombosis of dermal/subcut vessels. Dx confirmed.
Ulcer L medial ankle 3.4x2.6cm, 60% eschar, edges rolled. Mod serous drainage. No cellulitis.
Nonselective debridement w/ enzymatic agent. Hydrofiber + bordered foam. Offloading pillow under calf at night.
HD now 4x/wk, STS post-HD. Cinacalcet started. Wt 108.2 kg, BMI 35.8.
"""),
]}

V04 = {"patient_id": "V04", "age": 77, "sex": "F", "notes": [
("2020-09-17", "Interventional Procedure Note", """
PROCEDURE: Diagnostic aortogram w/ RLE runoff, PTA R SFA.
Access: R common femoral artery, retrograde, US guided, 6 Fr sheath. Micropuncture.
Indication: lifestyle limiting R calf claudication, ABI R 0.58.
Findings: 80% mid R SFA stenosis, 2-vessel runoff. Treated w/ 5x120 mm DCB, <10% residual.
Closure: Angio-Seal 6 Fr, R CFA. Hemostasis good.
L forearm loop AVG, dialysis Mon-Wed-Fri (ESRD, HTN nephrosclerosis). Chronic warfarin for AF -- held x 5 d, resume tonight. No diabetes. BMI 22.1.
"""),
("2020-10-29", "Vascular Surgery Clinic", """
Post-PTA visit, 6 weeks. Claudication much improved, walks 3 blocks now.
BUT new complaint: exquisitely painful area in the right groin where "they went in for the balloon", started sometime in October, initially a lump, now dark.
Exam: R inguinal crease overlying the CFA puncture tract: 4x3cm indurated plum-colored plaque, black necrotic center 1.5cm, livedoid margin. No pulsatile mass; duplex today -- no pseudoaneurysm, no AV fistula, collagen plug resorbed. L groin normal.
INR 2.6 (back on warfarin since 9/17).
Assessment: anticoagulated (warfarin) ESRD patient with a painful necrotic plaque over the puncture site -- calciphylaxis must be excluded; infected closure device also possible.
Plan: CBC/CRP, derm biopsy, wound cx if drainage. Hold off on I&D.
"""),
("2020-11-12", "Dermatology Consult Note", """
DERM CONSULT (requested by vascular)
Chart & path reviewed. Biopsy R groin from 11/2: small vessel calcification and thrombi in subcutis with ischemic fat necrosis. GMS and Gram stains negative; no foreign body giant cells around device remnant. Diagnosis: calciphylaxis, arising at the right femoral arteriotomy/closure-device site placed 09/17/2020.
Recs: d/w nephrology re: stopping warfarin -> switch to apixaban; increase HD time; sodium thiosulfate; local wound care, leave the dry eschar intact for now (no debridement).
"""),
]}

V05 = {"patient_id": "V05", "age": 69, "sex": "M", "notes": [
("2024-07-22", "Urgent Care Note", """
pt fell off back step onto his R knee at the neighbors 4th of July cookout. Skinned it, bled a bit, cleaned with peroxide. Now knee is swollen + a new purple painful patch since Saturday (7/20).
PMH per pt: kidney failure on dialysis (TTS via right chest permcath), "sugar" on insulin 2x day, heart stents.
Exam: R anterior knee prepatellar - healing 3 cm abrasion, around it a 5 cm mottled violaceous area, tender++. No effusion. ROM ok.
Dx: contusion/abrasion R knee, r/o cellulitis. Rx doxy. F/u PCP.
"""),
("2024-08-06", "Limb Salvage Clinic", """
Referred by PCP for R knee wound not healing, worse on abx.
69M, ESRD, HD by R IJ tunnelled cath pending maturation of a new L arm AVF, DM2 on glargine 30u qhs + sliding scale, CAD with prior stents. Overweight (BMI 29.6), not obese. No anticoagulants, never on coumadin.
ABI R 1.02 L 0.97, TBI R 0.62. Biphasic signals.
R knee, anterior: 6x5cm necrotic plaque, black eschar over former abrasion, surrounding retiform purpura and stony induration. Extremely painful.
Imp: this looks like calciphylaxis in the skin he injured in the July 4 fall, not cellulitis. Perfusion is adequate.
Plan: 2x4 mm punch at the purpuric rim; stop doxy; alert nephrology. No compression.
"""),
("2024-08-20", "Limb Salvage Clinic f/u", """
Punch bx result: small subcut arterioles calcified, thrombosed; necrotic fat. CALCIPHYLAXIS confirmed.
R knee wound 6.4x5.1cm. Eschar dry, stable. Pain 7/10 on hydromorphone. Weight 96.0 kg, BMI unchanged at 29.6.
Plan: sodium thiosulfate 25g post-HD, weekly wound visits, pad/knee immobilizer avoided over the plaque, consider HBO if worsening.
"""),
]}

V06 = {"patient_id": "V06", "age": 55, "sex": "F", "notes": [
("2025-03-04", "Limb Salvage Wound Center - Intake", """
INTAKE
55F T1DM since age 12, on MDI (glargine + aspart). States she has rotated her injections between the fronts of both thighs exclusively since 2017, "never the stomach, I hate that".
ESRD on PD (CAPD 4x/d) since 2021. Morbid obesity, BMI 41.3. No warfarin.
Hx: painful knots on both thighs since February 2025, some have opened. Tried warm compresses x1 day, stopped due to pain.
Exam: Bilateral anterior thighs within her injection zones -- R: 3 purpuric indurated plaques 2-4 cm, one w/ central eschar; L: 2 ulcerated plaques with black base, 3 and 5 cm, livedo racemosa between. Pedal pulses 2+ bilat, no PAD (ABI 1.12/1.09).
Concern: calciphylaxis at insulin injection sites.
Plan: derm bx; switch insulin to upper arms; nephrology call.
"""),
("2025-03-18", "Dermatopathology Result Call", """
Telephone: called pt w/ results. L anterior thigh punch 3/10: calcium deposition in medial layer of subcutaneous arterioles, thrombosis, lobular panniculitis. Final dx calciphylaxis.
Explained likely link to years of repeated injections into the thighs. She is now giving insulin into the upper arms. Referral to HBO.
"""),
("2025-04-15", "Hyperbaric Medicine Treatment Note", """
HBOT session 12/40. 2.4 ATA x 90 min, 2 air breaks. Tolerated. Ears cleared w/ Valsalva. Pre-tx BG 188 (gave 2u aspart R upper arm per protocol).
Indication: calciphylaxis (bx proven) bilat anterior thighs, onset Feb 2025 at former insulin sites.
Wounds: R thigh largest 2.8x2.1cm, granulating; L thigh 4.6x3.9cm, eschar lifting at edges.
Weight 112 kg; BMI 41.0. PD continues.
"""),
]}

V07 = {"patient_id": "V07", "age": 62, "sex": "M", "notes": [
("2022-05-10", "Prosthetics / Amputee Clinic", """
Amputee clinic. 62M s/p L AKA 12/2021 (failed L fem-distal bypass, gangrene). HD MWF for ESKD, DM2 managed w/ linagliptin only, not on insulin. Past warfarin for graft patency, stopped 2020.
Residual limb healed, well shaped. Definitive ischial-containment socket delivered + fitted today, silicone liner. Gait training to start.
BMI 25.0.
"""),
("2022-07-05", "Vascular Surgery Clinic", """
Sub: painful black area L buttock, where socket sits.
Pt reports since mid-June he has had burning pain in the L gluteal fold, right where the posterior (ischial) brim of the new socket digs in, "every time I sit with the leg on". Wife saw a purple net pattern, then a black crust.
Exam L buttock, inferior, over the ischial tuberosity: 4x2.5cm dusky indurated plaque, eschar centrally ~1cm, livedo around it. Socket brim line corresponds. Residual limb and its distal incision healed, no breakdown. R foot: no wounds, TP R hallux 52 mmHg.
Imp: pressure injury from socket vs calciphylaxis (ESRD). Atypical for pressure injury given livedo/induration and severe pain.
Plan: no prosthesis wear; derm bx; prosthetist to relieve brim.
"""),
("2022-07-19", "Dermatology Note", """
Bx L inferior buttock 7/8/22: subcutaneous small vessel calcification with thrombus; features diagnostic of calciphylaxis. Not a simple pressure ulcer.
Lesion is on the skin loaded by the posterior socket brim from 5/10 onward; pressure likely the precipitant.
Recs: STS with HD, lanthanum, wound care (no sharp debridement), socket modification before any further use.
"""),
]}

PATIENTS = [V01, V02, V03, V04, V05, V06, V07]
