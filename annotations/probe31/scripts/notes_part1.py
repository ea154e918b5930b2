"""probe31 corpus notes, K01-K07 (rheumatology, hematology and vascular-surgery consults; all invented)."""

K01 = {"patient_id": "K01", "age": 58, "sex": "F", "notes": [
("2019-08-20", "Hematology Consult", """
HEMATOLOGY CONSULT - inpatient, 6 West
Requesting: Dr. Vanterpool (hospitalist)
Question: painful black plaque on abdomen in pt on Coumadin - warfarin necrosis? HIT? other?

HPI: Mrs. Quenneville is a 58 yo woman with a St. Jude mechanical mitral valve (2016), on warfarin ever since, whose INRs have been all over the place this summer (1.4 - 4.8). Because of the subtherapeutic stretches cardiology put her on enoxaparin 100 mg subQ q12h as a bridge starting 06/04/2019, and she has kept it going alongside the warfarin. She gives every shot herself into the left lower quadrant; she avoids the right side because of her old inguinal hernia repair scar, which she says "pulls". About 3 weeks ago she felt a tender, firm knot in the LLQ, it turned dusky and then dark over ~10 days. Admitted 8/18 for pain control.
Kidneys are normal. No DM. No hx of clots apart from the valve indication.

Exam: BMI 37.2. Lower abdominal pannus, LLQ: 6x4.5cm stellate eschar, black, w/ a violaceous netlike border; woody induration reaching ~2cm past the margin. Exquisitly tender. RLQ: old well-healed oblique scar, no changes. Extremities, breasts, thighs without lesions.

Labs: Cr 0.78, eGFR >90. Ca 9.6 (corr 10.5 for alb 2.9), Phos 3.9, PTH 41, 25-OH D 18. INR 3.1. Plt 242 (stable, was 251 on admit in June). PF4/heparin ELISA OD 0.21 (neg). Protein C activity 78%, free protein S 70% (on warfarin - hard to interpret). ANA neg, cryo neg x1.

A/P:
1) Necrotic LLQ plaque. Ddx:
 - VKA-related skin necrosis (WISN): the timing argues strongly against it - she has been on VKA for >3 yrs; WISN is an early event
 - HIT w/ skin necrosis at injection sites: plt count flat, ELISA neg -> unlikely
 - non-uremic calciphylaxis: obese woman, long-term warfarin, low albumin, low vit D, lesion in fatty tissue precisely where the enoxaparin goes in. Would not exclude on normal renal fxn.
 - panniculitis / abscess - no fluctuance, afebrile
2) Rec deep incisional (not punch) bx of the edge, von Kossa stain - derm paged.
3) Continue anticoagulation (mechanical MVR). Move enox to the thighs for now if still needed.
Will follow.
R. Adeyemi-Hart MD, Hematology fellow / attending addendum to follow
"""),
("2019-08-27", "Hematology Progress Note", """
Heme f/u.
Path (derm bx 8/22, LLQ edge): lobular fat necrosis, circumferential mural calcium in small- to medium-caliber arterioles of the subcutis with intimal thickening and fibrin thrombi; calcium deposits confirmed on von Kossa. Dermpath read: calciphylaxis. Given eGFR >90 this is non-uremic calciphylaxis.
So the answer to the consult question is no WISN, no HIT.
Discussed with cardiology: she cannot come off a VKA with a mechanical mitral valve, so warfarin continues with INR target now 2.5-3.5 (mechanical mitral); bridging enoxaparin stopped now that INR is in range. Adding vit K2? not standard - deferred.
Pain improved on hydromorphone PO. Wound RN following. IV sodium thiosulfate 25 g TIW started 8/25 per derm.
"""),
("2019-10-02", "Hematology Clinic Follow-up", """
Outpt heme f/u, 6 wks after dc.
LLQ calciphylaxis wound now 5 x 3.8 cm, eschar lifting at edges, some pink granulation beneath. No new areas anywhere. Pain 3/10.
INR 2.9 today; warfarin 6 mg daily, unchanged for 4 wks.
Wt 98 kg, BMI 37.2 (stable). Vit D repleted (38).
Plan: continue STS via PICC... actually PICC was pulled, switched to peripheral infusions at infusion center. RTC 2 mo.
"""),
("2019-12-10", "Hematology Clinic Follow-up", """
Pt seen. Pannus wound about half the size it was in October. She reports no new painful spots. Remains on Coumadin, INR log reviewed: 11 of 12 values in range.
Imp: non-uremic calciphylaxis LLQ, healing.
Plan: f/u 3 months, call sooner for any new tender nodules.
"""),
]}

K02 = {"patient_id": "K02", "age": 72, "sex": "M", "notes": [
("2022-02-03", "Rheumatology Consult", """
RHEUMATOLOGY OUTPATIENT CONSULTATION
Referred by nephrology (Dr Sokolowska) - "retiform purpura R buttock, ? vasculitis, pls eval"

72M, ESRD 2/2 hypertensive nephrosclerosis, in-center hemo Tu/Th/Sa since 2018 via L forearm AVF. T2DM, A1c 6.8, managed w/ sitagliptin 25 mg; has never needed insulin. HTN, gout (on allopurinol 100).
He has had sciatica down the right leg since fall; his wife bought an electric heating pad and he has slept on it tucked under the right buttock every night since Thanksgiving ("nothing else touches the pain"). Mid-January he noticed a sore, hard, purple patch on that buttock, now with a darkening centre.
ROS: no oral ulcers, no sinusitis, no hemoptysis, no new rash elsewhere, no arthritis beyond his usual gouty big toe. No weight loss.

PE: BP 148/82. BMI 29.6 - overweight.
R buttock, upper outer quadrant: 7x5cm zone of branching, non-blanching purpura around a central 2 cm dusky-black necrotic plaque, firm on palpation, very tender. Faint reticulate brown pigment over the same area (heat mottling). L buttock, sacrum, legs - clear. No palpable purpura on the shins. No nailfold changes.

Data:
ANCA (MPO/PR3) negative. C3 112, C4 27. Cryoglobulin negative. RF <10. ANA 1:80 speckled (nonspecific at his age). Hep B sAg neg, HCV Ab neg. SPEP: no band.
Serum calcium 9.4; phosphorus high at 6.9; intact PTH 612; albumin 3.3.

Impression: This does not look like a small vessel vasculitis to me - single painful lesion, no systemic features, serologies unrevealing. In a HD pt w/ high phos and PTH, central necrosis and retiform edges in fatty skin, calciphylaxis is much more likely. Worth noting: he has been sleeping on a heating pad right over this spot.
Rec: incisional biopsy (derm), stop the heating pad, no steroids. Happy to see back w/ results.
Ifeoma Brandt-Nakamura, MD - Rheumatology
"""),
("2022-02-10", "Dermatology Procedure Note", """
Procedure: incisional wedge biopsy, right buttock
Indication: r/o calciphylaxis vs vasculitis (rheum recs)
After informed consent, area prepped w/ chlorhexidine, 1% lido w/o epi. 1.5 cm ellipse taken at the junction of purpura and necrotic center, to fat. Closed w/ 3-0 nylon x3. EBL minimal. Tolerated well.
Specimen to dermpath (H&E, von Kossa).

ADDENDUM 2/14: Pathology - stippled and ring-like calcific deposits lining small fat-lobule vessels, thrombosed lumina, septal fat necrosis. No leukocytoclasis, no vasculitis. DIAGNOSIS: calciphylaxis. Rheum and renal notified.
"""),
("2022-03-15", "Rheumatology Follow-up", """
Rheum f/u - brief.
Biopsy R buttock confirmed calciphylaxis; no evidence of vasculitis on tissue. Nephrology has started sodium thiosulfate post-HD and cinacalcet; phosphate binder switched to sevelamer. Heating pad thrown out per wife.
Lesion: eschar intact, surrounding purpura less angry. No new lesions.
Nothing further from rheumatology standpoint; discharged from our clinic. Gout stable.
"""),
]}

K03 = {"patient_id": "K03", "age": 66, "sex": "F", "notes": [
("2023-05-09", "Vascular Surgery Consult", """
VASCULAR SURGERY - NEW CONSULT
Ref: PD unit / Dr. Halvorsen. Reason: "non healing ulcers both legs, arterial?"

66 yo F. ESRD, CCPD (cycler nightly, 5 exchanges), T2DM x 20 yrs on insulin degludec 30u qHS + aspart w/ meals - she injects in the abdomen, rotating sites but staying clear of her PD exit site. Obesity, BMI 33.5 today (she calls herself "big-boned").
Leg swelling got worse over the winter, so her PCP fitted knee-high 30-40 mmHg stockings, first week of March. She wears them all day, both legs. The top band "digs in like a rubber band", leaving a deep groove. In April she developed painful dark spots right along that line, first on the left, then the right within a few days; now open.
No claudication. No rest pain. Toes OK. Never smoker.

Exam: Femoral pulses 2+ bilat; popliteals palpable; DP/PT dopplerable, biphasic.
Bilateral upper calves, 2-3 cm below the tibial tuberosity, circumferential band distribution:
 - L: ulcer 4.5x2cm, adherent black eschar, violaceous retiform rim
 - R: two ulcers (2x1.5cm, 1.5x1cm), same morphology
Lower calves, ankles, feet: intact skin, 1+ pitting edema.

Noninvasive: ABI R 1.42 / L 1.38 - noncompressible. TBI 0.52 / 0.48. Toe pressures 61 / 58 mmHg. Arterial duplex: diffuse medial calcification of the tibials with preserved monophasic-to-biphasic flow, no focal stenosis.

Impression: Not an ischemic ulcer pattern - proximal, at the stocking band, with adequate toe pressures for healing. Calcified vessels tell us about her mineral metabolism, not perfusion. Suspect calciphylaxis provoked by the stocking band; venous ulcers don't sit up there.
Plan:
- stop compression stockings, elevation instead
- derm for deep biopsy of the L calf ulcer edge
- no revascularization indicated
- pt/renal aware
B. Oyelaran, MD Vascular Surgery
"""),
("2023-05-19", "Dermatology Consult Note", """
Derm consult, PD clinic.
Seen for bilateral proximal calf ulcers referred by vascular surgery.
Biopsy 5/12 (L proximal calf, 6mm punch x2 stacked to fat): medial calcification of subcutaneous arterioles, extravascular calcium deposits, intravascular thrombi. Compatible w/ calciphylaxis.
Exam unchanged vs vascular's note: L upper calf eschar 4.5 cm, R upper calf two smaller eschars, all on the old stocking line.
Dx: calciphylaxis, bilateral lower legs.
Rec: STS intraperitoneal not recommended here - PD team to arrange IV STS 3x/wk at infusion center; nonadherent dressings; no compression above the ankle.
"""),
("2023-07-11", "Vascular Surgery Clinic Note", """
Vasc f/u.
Calciphylaxis of both upper calves on STS x 7 wks. L ulcer 3 x 1.5 cm, clean; R wounds nearly epithelialized. No new lesions.
Pulses unchanged, feet warm.
Has lost a little weight with the PD dietitian - 88.9 kg, BMI 32.8 on our clinic scale.
No vascular intervention needed. Discharge from vasc clinic, PRN.
"""),
]}

K04 = {"patient_id": "K04", "age": 61, "sex": "F", "notes": [
("2020-11-12", "Rheumatology Clinic Note", """
RA follow-up + new issue
S: 61F seropositive RA (RF+, anti-CCP 240) on MTX 15 mg weekly + prednisone 7.5 mg daily for years (multiple failed tapers). Other: CKD 3a, baseline creatinine ~1.3, primary hyperparathyroidism awaiting surgical eval, prediabetes (A1c 6.1, diet alone), class III obesity. Took Coumadin for a provoked PE in 2016, finished it 2017.
On 09/14/2020 general surgery excised a 5 cm lipoma from her R lateral thigh under local. The incision healed at first but right around Halloween the scar became very painful and a hard purple crust formed along the middle of it, spreading into the surrounding skin.
Joints: AM stiffness 30 min, no flares.
O: BMI 41.3. R lateral thigh: 7 cm linear scar, central black eschar 3x2.5cm straddling the scar with stellate livedo extending 3 cm anteriorly, indurated, tender++. No drainage. L thigh clean.
MCPs no synovitis. No nodules. No digital infarcts.
Labs 11/9: Ca 11.2, PTH 138, Phos 2.6, alb 3.4, Cr 1.29 (eGFR 47), CRP 14, ESR 38, C3/C4 nl, cryo neg, ANCA neg.
A/P:
# Necrotic plaque in healing R thigh excision scar. Ddx - rheumatoid vasculitis (but no other vasculitic signs, long-standing quiescent disease), wound infection / dehiscence, pyoderma via pathergy, non-uremic calciphylaxis (hypercalcemic PHPT, steroids, obesity, prior VKA all fit). Favour calciphylaxis but need tissue.
 -> biopsy with gen surg this wk, ask for von Kossa
 -> hold off on any steroid bump
# RA: continue current regimen

*** Electronically signed: K. Dubrovnik-Asare, MD (Rheumatology) ***
"""),
("2020-11-20", "General Surgery Clinic Note", """
Gen surg f/u - R thigh wound
Pt known to us, lipoma excision 9/14. Incisional bx taken 11/16 at rheum's request.
Path: thrombosed subcutaneous microvessels whose walls are calcified (von Kossa +), with fat necrosis next to them. Findings consistent w/ calciphylaxis (non-uremic in this pt, PHPT + steroid).
Examined: eschar stable size, biopsy site clean and sutured.
Discussed: the plaque formed in the scar of our excision. Will not debride now. Wound care: hydrogel + foam, change q2d.
Endocrine surgery referral for parathyroidectomy expedited.
"""),
("2021-01-08", "Rheumatology Clinic Note", """
Rheum - interval visit.
Parathyroidectomy done 12/17/2020 (single adenoma). Ca now 9.1.
R thigh calciphylaxis: eschar separating, granulation at margin, pain much less.
Pred tapered to 5 mg. MTX continued.
Wt 104 kg, BMI 40.6.
Plan: RTC 3 mo; continue to avoid pred >5 if possible.
"""),
]}

K05 = {"patient_id": "K05", "age": 64, "sex": "M", "notes": [
("2023-08-01", "Hematology Consult", """
Hematology Consultation - outpatient
Reason for referral: "possible cryoglobulinemia, leg ulcer, HCV+"

64 y/o man; ESRD; dialyzes in-center three days a week (M-W-F), using a R chest tunneled catheter while his AVF matures, chronic hepatitis C never treated (genotype 1a, viral load 1.2 x 10^6 IU/mL 6/2023), HTN. No diabetes. Not on any anticoagulant.
Story: On the Fourth of July he was unloading his pickup and slammed the tailgate's edge into his L shin - got a big bruise that had mostly faded by mid-July. Then on 7/20 the very same spot got exquisitely painful, turned purple and lacy, and a black scab formed in the center. No other spots. No arthralgias, no neuropathy symptoms, no Raynaud.

PE: BMI 24.1. Mid-tibial L anterior shin: stellate ulceration 3.5x3cm, black eschar, livedoid violaceous halo; firm. No palpable purpura on either leg. R leg clean. Mild venous stasis change both ankles.

Labs: C4 14 (low-normal), C3 nl, RF 22, cryocrit pending (drawn warm). SPEP/IFE: no M protein. Ca 9.8, Phos 6.4, PTH 488. CBC: plt 131.

Assessment: Single necrotic shin ulcer at the spot of the recent tailgate blow, HD patient, HCV+. Ddx: (a) cryoglobulinemic vasculitis - would expect palpable purpura, multiple lesions, low C4; (b) calciphylaxis - distal, but trauma-site lesions are well described; (c) post-traumatic ulcer on venous skin.
Plan: repeat cryos, derm biopsy, hepatology referral for DAA therapy regardless.
"""),
("2023-08-09", "Hematology Progress Note", """
Heme f/u
Cryoglobulins negative on two properly warmed samples. C4 repeat 16.
Derm biopsied the L shin ulcer on 8/4: arteriolar medial calcification with intimal proliferation and thrombi in the subcutaneous fat; no vasculitis, no cryoglobulin plugs. => Calciphylaxis.
So this is calciphylaxis at the site of his tailgate injury, not cryo vasculitis.
Recs given to renal (STS, cinacalcet, stop calcium carbonate). Nothing more for heme; HCV to hepatology.
"""),
("2023-09-26", "Hepatology Clinic Note", """
HEPATOLOGY NEW PT
HCV GT1a, ESRD on HD. Fibroscan 7.9 kPa (F2). No cirrhosis.
Plan sofosbuvir/velpatasvir x 12 wks (OK in dialysis).
Of note, he is being treated for calciphylaxis (biopsy-proven) on the L shin by renal/derm - wound looks smaller per pt, he had it dressed this am.
Wt 71 kg.
"""),
]}

K06 = {"patient_id": "K06", "age": 55, "sex": "F", "notes": [
("2024-05-10", "Vascular Surgery Consult", """
Vascular surgery consult note
Requested by: nephrology, "bilateral flank eschars - debridement?"

55F, insulin-requiring T2DM since 2008 (on insulin since 2017: glargine 60u + lispro SS), ESRD - was on PD until Dec 2023 when recurrent peritonitis ended that; now HD via R IJ tunneled line three times weekly. Severe obesity, BMI 44.8.
She has given all her insulin into both "love handles" since she started it in 2017 - she says her lower belly is "all scar" from 3 C-sections and the needles hurt there.
Roughly two months ago the skin on both flanks became hard and painful; now black crusts both sides. Outside derm biopsied the L flank on 4/30: calciphylaxis (report scanned to media; shows arteriolar calcification in the fat with thrombosis and fat necrosis).
Pulses: fem 2+ bilat, pedal dopplerable. No leg wounds.
L flank: dry black eschar 9x6cm, not fluctuant. R flank: 6 x 5 cm eschar with 1 cm of surrounding retiform purpura.
Lower abdomen: old Pfannenstiel scar, soft, no lesions.
Impression: bilateral flank calciphylaxis at her insulin injection sites. Eschars dry and stable; no sign of infection. No role for emergent debridement.
Plan: will consider staged excisional debridement of L flank if eschar becomes boggy; insulin site change to posterior arms (endocrine informed).
"""),
("2024-05-28", "Vascular Surgery Progress Note", """
POD#1 L flank excisional debridement (5/27) - eschar had started to soften with purulent drainage at edge. Debrided to bleeding fat, 11 x 7 cm, NPWT applied.
Cx: MSSA. Cefazolin w/ HD.
R flank eschar left alone, stable, dry.
Glucose 140-220 on glargine into the back of the arms now.
"""),
("2024-07-02", "Vascular Surgery Clinic Note", """
Clinic f/u.
L flank wound 8 x 5 cm, granulating nicely under NPWT.
R flank eschar dry, edges separating.
No new calciphylaxis lesions. Still on HD + STS.
Wt 117 kg; BMI 42.1.
RTC 4 wks.
"""),
]}

K07 = {"patient_id": "K07", "age": 70, "sex": "M", "notes": [
("2025-02-14", "Rheumatology Consult", """
RHEUMATOLOGY CONSULT (e-consult converted to in-person)
Q from PCP: "L knee hot/purple, gout vs septic bursitis vs ??"

70M, ESRD on PD (APD), AFib on warfarin since 2019 (INR 2-3, stable). T2DM - diet only, A1c 6.4. OA both knees, L worse.
He danced at a family party on Christmas Day, the L knee swelled the next morning, and since last Christmas he has strapped a frozen gel pack to the anterior knee for an hour or two several times a day, and he often dozes off with it in place.
10 days ago he saw a mottled purple patch over the kneecap that has since turned into a hard, black scab. Very sore.

Exam: afebrile. BMI 31.0.
L knee: anterior/prepatellar 3 x 2.8 cm black eschar w/ livedoid purple network around it, induration. NO effusion, no bursal bogginess, ROM 5-110 (baseline). R knee: bony crepitus, skin normal.
MSK US L knee: no prepatellar bursal fluid, trace suprapatellar fluid.
Did not aspirate - would have to pass through necrotic skin; no effusion to tap anyway.
Labs: uric acid 6.1, WBC 7.8, CRP 22. Ca 9.3, Phos 6.6, PTH 702.

Impression: not gout, not septic bursitis. The lesion is a necrotic plaque where the gel pack has lived for weeks; given ESRD, warfarin and poorly controlled phosphate I am worried about calciphylaxis. Cold panniculitis is a distant alternative. Warfarin-induced skin necrosis - no, 6 yrs on drug.
Recs: stop cold packs; derm biopsy; nephrology to review binders; cardiology to consider warfarin -> apixaban.
"""),
("2025-02-21", "Dermatology Clinic Note", """
Derm.
Bx 2/17 L anterior knee, 2 x 4mm punches at the edge: subcutaneous small-vessel calcification incl. stippled calcium in the fat lobule, luminal thrombi, minimal inflammation. Clinicopathologic dx: calciphylaxis.
Discussed w/ pt and daughter. STS via the PD unit; wound: silicone contact layer + gauze.
"""),
("2025-03-20", "Rheumatology Follow-up", """
Rheum f/u
Cardiology changed warfarin to apixaban 2.5 bid in late Feb.
L knee calciphylaxis: eschar smaller, less tender. Pt has kept the ice off.
Knee OA managed w/ topical diclofenac (small amt, renal ok'd) + PT.
Signing off; PCP to follow.
"""),
]}

PATIENTS = [K01, K02, K03, K04, K05, K06, K07]
