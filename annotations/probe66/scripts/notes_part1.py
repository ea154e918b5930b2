"""probe66 corpus notes, R01-R07 (outpatient dialysis unit; all invented)."""

R01 = {"patient_id": "R01", "age": 62, "sex": "F", "notes": [
("2020-02-04", "Chairside RN Note", """
Tx #3 of wk. Pt arrived via Medicab, ambulatory w/ cane. Pre wt 91.6 kg (EDW 90.0). BP 162/88 pre.
Cannulated L forearm AVF with 15g x2 without difficulty, good thrill/bruit.
Pt c/o "a sore knot" on her L lower belly, says that's "the exact spot I use for my Lantus and my Humalog". Looked at it w/ pt permission: firm, dusky purple patch ~2 cm, L lower quadrant, very tender to light touch, skin intact. Pt thinks it started roughly a week back. Denies fever/chills.
Charge RN + Dr Velasquez made aware, will see on rounds Tues.
UF goal 1.8 L, achieved 1.7 L. Post BP 138/80. Hemostasis 8 min.
-- K. Oyelaran RN
"""),
("2020-02-18", "Nephrology Monthly Progress Note", """
NEPHROLOGY MONTHLY - Riverbend Dialysis
62F, ESKD from diabetic nephropathy, in-center HD MWF since 2017. DM2 - insulin: Lantus 30u at bedtime, Admelog sliding scale with meals. Paroxysmal AF on apixaban (never on Coumadin).
S: L lower abd pain, wakes her 2-3x nightly. Says the spot came up 3 weeks ago. Since Thanksgiving her daughter has been helping her and every dose of insulin has gone into one small zone of her lower abdomen, left of the navel - before that she used her thighs.
O: BMI 33.6. LLQ: woody plaque, violaceous, 4.0 by 3.5 cm, black eschar centrally (8 mm), netlike purple rim. Exquisitely tender. R abd and thighs clear.
Labs drawn 2/12 - iPTH 812, phosphorus 7.4, albumin 3.2, Ca (corr) 9.8
Assessment/plan -
(1) LLQ necrotic plaque sitting on her insulin site: calciphylaxis is my leading worry. Punch bx by derm, booked Thurs. Move insulin to upper arms for now, no injections into the abdomen.
(2) CKD-MBD: phos poorly controlled. Calcium acetate d/c'd; Renvela two tabs (800 mg each) at meals. Increase cinacalcet.
(3) Adequacy: Kt/V 1.31. Continue current Rx.
R. Velasquez MD
"""),
("2020-03-10", "Nephrology Monthly Progress Note", """
Riverbend Dialysis - monthly rounding note
Pt known to me. Derm punch bx of L lower abdomen (02/25/2020): medial calcification of small subcut vessels, intimal hyperplasia, thrombi -> biopsy-proven calciphylaxis.
Pain rated 7/10; using oxycodone IR 5mg up to four times a day. Wound RN following, nonadherent dressing.
Wt up, BMI 34.1 today.
Plan: STS (25 g) running in with each HD session since 3/2. Continue sevelamer and cinacalcet. Insulin to arms only, she understands. Discussed with daughter.
R. Velasquez MD
"""),
]}

R02 = {"patient_id": "R02", "age": 71, "sex": "M", "notes": [
("2023-01-24", "Home PD Clinic RN Note", """
Home Dialysis Clinic - monthly visit
71 yo M on CCPD (cycler 5 exchanges overnight, last fill 1.5L icodextrin). No cloudy effluent. Exit site looks good, tunnel nontender.
Pt reports bad arthritis in his R hip, says that since mid-October he sleeps each night with his electric heat pad jammed up against the outer R hip, dial on high - "nothing else touches the ache".
In early January he noticed a dark sore patch at the R hip, under where the pad sits. RN assessed: 3 x 2 cm purplish area w/ darker center, lacy mottling around, tender. No drainage.
Pt told to stop using heating pad on that hip. Message sent to Dr Pham. Photo uploaded to chart.
INR today 3.1 (warfarin managed by anticoag clinic, mech mitral valve).
"""),
("2023-02-06", "Nephrology Progress Note", """
Nephrology - PD monthly
PMH: IgA nephropathy -> ESRD, PD since 2020. Mechanical MVR 2011 on warfarin. No diabetes, A1c 5.4.
Interval: painful lesion R lateral hip, onset early Jan 2023, directly beneath where his heat pad has sat each night since October. Worse over last 2 wks, now cannot lie on R side.
Exam: R lateral hip - central black eschar 3.5 cm; retiform purpura encircles it, indurated. No fluctuance. Ht 180 cm, wt 88 kg, BMI 27.2.
Ca 9.1 / Phos 6.2 / iPTH 640
Impression: suspected calciphylaxis (warfarin, PD, hyperphos). Heat injury alone seems less likely given the livedo.
Plan: derm referral for deep incisional biopsy. Vit K not advised w/ his valve - will d/w cardiology. Hold calcium-based binder.
L. Pham MD
"""),
("2023-02-27", "Nephrology Progress Note", """
Nephrology f/u
Incisional bx 2/15 of R hip lesion: calcified subcutaneous arterioles, fat necrosis. Dx: calciphylaxis, confirmed.
Cardiology will not allow a DOAC with his mechanical mitral valve; warfarin continues, INR range per anticoag clinic 2.5-3.5.
Plan: IV STS through a peripheral line is not practical on home PD - arranging short-term conversion discussion vs IP STS per literature; he wants to remain on his cycler at present. Wound clinic weekly. Heating pad discarded, he confirms.
BMI 27.0.
L. Pham MD
"""),
]}

R03 = {"patient_id": "R03", "age": 58, "sex": "M", "notes": [
("2021-08-11", "Chairside RN Note", """
Pt on chair 14. Pre vitals stable. R upper arm AVG accessed, arterial pressures -180, venous 190.
Pt asked RN to look at his legs. He has been wearing calf-length compression socks, 20-30 strength, every day since his vein clinic visit in early June for the edema. Removed both stockings: on each calf, right below the knee, where the top elastic band digs in, there are purple net-like marks and 2 small black scabs (L 1 cm, R 0.6 cm). Very painful. Pt states he first saw them Monday 8/9 when taking the socks off.
Stockings left off. Charge nurse and MD notified, pics in chart.
-- D. Amankwah RN
"""),
("2021-08-16", "Nephrology Monthly Progress Note", """
MONTHLY PROGRESS NOTE
58 yo M, ESRD d/t DM + HTN, HD via R arm graft. DM2 - Tresiba 40 u once daily plus Novolog correction. Morbid obesity, wt 128 kg, BMI 38.9.
New: bilateral proximal calf lesions since 8/9, in a band at the top edge of compression stockings he was prescribed in June for dependent edema. Exam: both upper calves with livedo racemosa and small eschars in a horizontal line, R 0.6 cm, L 1.1 cm, marked tenderness, palpable pulses.
A: Calciphylaxis highly suspected. Ddx: pressure injury from stockings alone, vasculitis.
P: derm bx (scheduled 8/24). D/c compression stockings. Change Ca-based binder to lanthanum. STS to be ordered if bx confirms.
S. Iyer MD
"""),
("2021-09-13", "Nephrology Monthly Progress Note", """
Monthly - Dr Iyer
Derm bx 8/24 (L calf): calcific uremic arteriolopathy.
Now on sodium thiosulfate w/ each tx since 8/30. Pain better, 5/10. Lesions stable, no new ones. Wound care: Medihoney + ABD pads, no compression.
Insulin unchanged. BMI 38.4. PTH 1105 - vascular surgery/ENT asked about parathyroidectomy.
"""),
]}

R04 = {"patient_id": "R04", "age": 49, "sex": "F", "notes": [
("2023-03-20", "Home PD Clinic RN Note", """
Post-op check. Dr Kowalczyk did an open mesh herniorrhaphy of the R inguinal hernia on 03/07/2023. PD was held x 10 days, restarted low-volume supine CCPD 3/17.
R groin incision: 7 cm, steri-strips off, edges approximated, no drainage. No leak from hernia site.
Pt with SLE nephritis -> ESKD, on PD since 2021. Antiphospholipid syndrome on Coumadin (INR 2.4 today). Not diabetic.
Wt 84.2 kg. Told to call for redness, swelling or leak.
-- P. Baptiste RN
"""),
("2023-05-30", "Home PD Clinic RN Note", """
Telephone + clinic visit.
Pt states the scar in her R groin "turned dark and so painful I can't wear jeans", started mid-May.
Assessment: along the lateral half of the healed R inguinal incision, firm violaceous plaque, roughly 3cm x 2.5cm, black and dry in its centre, surrounding mottling. Exquisite tenderness. No drainage, afebrile. Exit site ok, effluent clear.
Dr Marsh paged. Photo to EHR. Wound referral.
"""),
("2023-06-12", "Nephrology Progress Note", """
PD monthly visit
49F, lupus nephritis ESRD, CCPD. APS on warfarin. Class I obesity, BMI 31.5.
Lesion at the R groin surgical scar since ~mid-May (about 10 wks after her hernia repair in March). Punch bx 6/5 by derm: calciphylaxis - vessel calcification on von Kossa, thrombosis, panniculitis.
Plan:
- Hematology re: switching warfarin to LMWH; APS makes DOACs a poor choice.
- IP sodium thiosulfate not available, will arrange 3x/wk IV STS at the in-center unit.
- Stop calcium carbonate; sevelamer.
M. Marsh MD
"""),
("2023-06-26", "Medication Administration Record", """
MAR - sodium thiosulfate 25 g in 100 mL NS IV over 60 min, via peripheral IV R antecubital, given in infusion bay at 10:40. Indication: calciphylaxis R groin. Pt reported nausea at 40 min, rate slowed, resolved. Vitals stable throughout. Next dose Wed. Pt received Epogen 4000 units SC to L upper arm this visit as well.
-- R. Nakamura RN
"""),
]}

R05 = {"patient_id": "R05", "age": 66, "sex": "M", "notes": [
("2024-01-03", "Chairside RN Note", """
Pt back in unit after holiday. Changed modality in Nov (PD -> in-center HD) after 2nd peritonitis; PD cath still in place, to be removed.
Per pt, late on New Year's Eve, getting down from the transport van, his foot went out from under him and he came down hard onto his L knee on the curb. L anterior knee: 4 x 3 cm abrasion, superficial, scabbed, no signs of infection. Cleaned with NS, foam dressing applied.
Tx uneventful. Pre-wt 97.1, post 94.9. RIJ tunneled cath flushed and locked with heparin 1000 u/mL per protocol.
"""),
("2024-01-22", "Nephrology Monthly Progress Note", """
66 yo M. ESRD (DKD), on HD since 11/2023 after PD failure. T2DM, diet controlled, no insulin or other agents (A1c 6.6). Not on anticoagulation. Overweight, BMI 29.6.
Pt reports severe pain L knee since Jan 15, "way worse than when I scraped it". Exam: over the L anterior knee, inside the now-healed abrasion from his NYE fall, there is a 3.2 cm violaceous plaque with stellate black center and livedo around it. Firm. ROM ok.
Assessment: looks like calciphylaxis, arising where he recently injured the skin (Koebner-type). Ddx infection - no warmth, no fever, WBC 7.1.
Plan: derm biopsy (L knee) - booked 1/30. Analgesia: Dilaudid 1mg PO, q4 hrs PRN. Start STS pending bx.
G. Sandoval MD
"""),
("2024-02-05", "Vascular Access Check", """
Access check: L upper arm BC fistula created 12/06/23. Thrill palpable whole length, bruit continuous, 0.6 cm at 5 mm depth on US, straight segment 9 cm. Ok to start 2-needle cannulation next wk w/ 17g.
Other: L knee dressing clean/dry. Derm bx 1/30 read out as calciphylaxis; STS started today.
BMI 29.4 per today's weight.
"""),
]}

R06 = {"patient_id": "R06", "age": 77, "sex": "F", "notes": [
("2019-10-22", "Medication Administration Record", """
Meds given during tx 10/22/19 (chair 6):
- Epogen 6000 units IV via venous line post tx.
- Venofer 100 mg IV over 5 min, 4th of 10.
- Influenza vaccine (Fluzone High-Dose) 0.5 mL IM, R deltoid, lot UJ48Z2, given 09:15 by this RN. VIS given. L arm is fistula arm - not used.
- Heparin 2000 units IV bolus at start per Rx.
Pt tolerated all, no reaction observed in 15 min.
-- T. Lindqvist RN
"""),
("2019-11-20", "Nephrology Monthly Progress Note", """
77 y/o woman with ESRD secondary to polycystic kidneys, HD TTS through L radiocephalic AVF. No diabetes. Prior long-term warfarin for DVT, stopped in 2016. BMI 22.4.
S: sharp pain R upper arm for about 10 days, now a dark spot. She reminded me this is exactly where she got her flu shot last month.
O: R upper arm, lateral aspect, about a hand's width below the shoulder: purple plaque 2.5 cm, firm, necrotic centre, surrounding reticulated erythema. No lymphangitic streaks.
A: r/o calciphylaxis vs delayed vaccine-site reaction / abscess. Ca 10.3, P 6.9, PTH 540.
P: derm punch bx. Hold calcitriol.
H. Adeyemi MD
"""),
("2019-12-04", "Nephrology Progress Note", """
Interim note. Bx R upper arm 11/26: calciphylaxis - pathologist saw calcified walls in tiny subcutaneous vessels; no abscess, cultures neg.
Plan: STS 25 g w/ each HD. Wound care RN to dress the arm. Flu shot site confirmed by MAR of 10/22 (R deltoid). Future IM/SC injections to be avoided in the R arm; L is the access arm.
H. Adeyemi MD
"""),
]}

R07 = {"patient_id": "R07", "age": 54, "sex": "M", "notes": [
("2024-06-10", "Chairside RN Note", """
Pt limping in. States gout has been flaring in his R ankle since Memorial Day, he's been icing it hard - frozen gel packs held on the outside of the ankle "most of the day" for 2 weeks. Now has a purple-black spot over the R lateral ankle that he says showed up sometime this month, hurts more than the gout.
Obs: R lateral malleolus area w/ 2 x 2 cm dusky violaceous patch, small black center, cool to touch. Pedal pulses faint.
Informed Dr Castellanos. Pt told to stop the ice. 
Wt 103 kg. Access: L thigh graft, cannulated without issue.
"""),
("2024-06-24", "Nephrology Monthly Progress Note", """
Monthly note, pt seen chairside.
54M with ESRD from FSGS + T2DM, in-centre HD for six years via L thigh AVG after failed arm accesses. Insulin pump (lispro). No warfarin. BMI 31.2 (obese).
Gout flare R ankle starting 5/27, managed at home w/ prednisone burst + continuous cold packs on the lateral ankle. Lesion over R lateral ankle began in June, right where the packs were held.
Exam: retiform purpura, R lateral ankle, necrotic centre (2.5 cm eschar). Very tender. No cellulitis.
A: Calciphylaxis - clinical diagnosis; we will not biopsy the ankle given poor healing and PAD.
P: STS w/ HD, podiatry/wound, optimize phos, told to keep ice and heat off that ankle.
J. Castellanos MD
"""),
("2024-07-08", "Medication Administration Record", """
STS 25 g infused via venous chamber over the final hour of HD, per order for calciphylaxis of R ankle (dose 5). No hypotension, mild nausea.
Also given: Mircera 100 mcg IV, calcitriol 0.5 mcg IV.
Post wt 99.8 kg (BMI 30.0 per today's weight).
"""),
]}

PATIENTS = [R01, R02, R03, R04, R05, R06, R07]
