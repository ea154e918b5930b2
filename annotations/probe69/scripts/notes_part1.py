"""probe69 corpus notes, U01-U07 (oncology and infusion centre; all invented)."""

U01 = {"patient_id": "U01", "age": 58, "sex": "M", "notes": [
("2019-04-18", "Infusion Center Nursing Note", """
INFUSION CTR - RN ASSESSMENT / TREATMENT RECORD
Regimen: R-CHOP q21d   Cycle/Day: C3D1   Provider on floor: Dr. Vasquez-Lindqvist
Wt 81.6kg  BMI 27.3  T 36.7  BP 148/86  HR 78  SpO2 97%RA
Came over straight from his morning HD run at Riverside Kidney Ctr (Tue/Thu/Sat).
Pt c/o a "sore bruisy patch" on the front of his L thigh, first noticed a week ago. He self-injects Zarxio (filgrastim) days 4-10 of every cycle, "switching back and forth between both thighs", first dose 3/7/19. Looked at it: approx 3cm mottled dusky-violet area, L anterior thigh, firm, hurts if you so much as brush it, nothing draining, not warm. R thigh only shows a couple of faded yellow bruises at old needle spots.
R chest port accessed w/ 20G 1in Huber, brisk blood return, flushes easily.
ANC 2.4 / plt 188 / Hgb 9.1 -> ok to treat per MD. Premeds given, rituximab titrated per protocol w/o reaction.
MD paged about the thigh, will see pt at next visit. Told pt to put the filgrastim in the R thigh only until then; verbalized understanding.
K. Obuya RN, OCN
"""),
("2019-05-02", "Hematology/Oncology Progress Note", """
HEM/ONC CLINIC - RETURN VISIT

S: 58 yo M w/ stage III GCB-type DLBCL on R-CHOP, seen between C3 and C4. Kidneys: ESRD (hypertensive nephrosclerosis), dialyses TTS through a L brachiocephalic AVF. The painful spot on his L thigh began 3 weeks ago, at first only a tender purplish blotch, darkening steadily since; now he says there is "a scab in the middle". Night pain rated eight of ten, hydrocodone barely helps. No fever, chills or drenching sweats. Never been on coumadin or any other anticoagulant. Not diabetic.

O: Wt 78.0kg (down 3.6), BMI 26.1. L anterior mid-thigh: stellate 5x4cm plaque of retiform purpura, black eschar centrally (15mm), livedoid edge. Other thigh skin intact. No LAD palpable.
Ca/PO4 9.6/7.1, iPTH 812, albumin 3.1

A/P
1) Necrotic L thigh plaque right where he has been giving himself filgrastim. Very worried this is calciphylaxis (ESRD, phos and PTH way off); ddx injection-site reaction with secondary necrosis, vasculitis. Derm will do a deep incisional bx this afternoon. Spoke w/ nephrology (Dr Haddad): they will add a fourth HD run this week, change the binder from calcium acetate over to sevelamer, STS if bx confirms.
2) DLBCL: proceed C4 next week. Stop self-injected filgrastim; pegfilgrastim will be given once per cycle by infusion RN into the back of the arm instead.
3) Pain: start gabapentin (100mg, dosed after dialysis); palliative referral.
"""),
("2019-05-09", "Dermatology Consult Follow-up", """
DERMATOLOGY - CONSULT FOLLOW UP

Bx (5/2/19, incisional, L anterior thigh): within the subcutis, arterioles show ring-like calcium in the media, intimal hyperplasia and fibrin thrombi; lobular panniculitis with fat necrosis. The von Kossa preparation lights up both vessel walls and interstitial fat. Special stains for organisms (PAS, GMS, gram) negative; vasculitis absent.

Impression: calciphylaxis, biopsy proven. The plaque occupies exactly the patch of skin he has been needling with filgrastim since early March; the repeated SC injections are the likely local trigger (koebnerization) in the setting of ESRD with high phosphorus and PTH.

Today: eschar intact, 55x40mm, rim a bit less purple. Pain 6/10.
Recs
- No SC injections of any kind into either thigh.
- Sodium thiosulfate 25g IV - nephrology runs it in over the last hour on the dialysis machine.
- Calcium alginate + foam, change q2-3 days; no debridement for now while eschar is dry and stable.
- RTC 2 wks, sooner if drainage or fever.
"""),
]}

U02 = {"patient_id": "U02", "age": 71, "sex": "F", "notes": [
("2020-11-03", "Chemotherapy Visit - Infusion Nursing", """
Chemo visit: mFOLFOX6 + bevacizumab, C6D1.
Vitals stable. Wt 89.4kg, BMI 34.1.
PORT ASSESSMENT: R chest single-lumen port (IR placement 8/13/20). Skin over the reservoir and along the healed incision line is dusky purple, ~3cm, with a small black centre (approx 1cm) at the upper end of the scar. Very tender, pt flinched with palpation. No drainage, no fluctuance, temp 36.9. Pt says the skin there "started hurting back in October", she assumed it was bruising from the needle sticks every 2 weeks.
Access required 2 attempts (first needle did not seat), 20G 3/4in Huber, good blood return. Pt tearful, premedicated with ondansetron/dex.
Pt does nightly CCPD (cycler) for ESRD, no issues with exit site per pt. T2DM - Tresiba 30u at bedtime, she injects into her abdomen; FSBG 212 today.
Dr Renwick came to bedside and looked at the port site - holding bev this cycle, IR referral for port evaluation/removal. 5FU pump connected, pt to return Thursday for disconnect.
--A. Ferreira-Holt RN
"""),
("2020-11-10", "Interventional Radiology Consult", """
IR CLINIC CONSULT
Reason: port site skin changes, ? removal

71F with metastatic sigmoid adenocarcinoma (liver mets), on FOLFOX/bev via R IJ chest port that we placed on 08/13/2020 (uncomplicated, 3cm incision, pocket R infraclavicular). She has ESRD on PD and insulin-requiring T2DM.

Exam: over the reservoir a woody, purple plaque (35x25mm), centred on the superior end of the incision; stuck-on black eschar about 12mm across; a net-like violet border reaches ~2cm past the scar. No purulence. Port not exposed.

Imp: skin necrosis over port pocket. Pocket infection looks unlikely (afebrile, WBC 6.8, no drainage); pressure necrosis from a superficial reservoir possible, but the net-like border and her mineral numbers (calcium 10.1 and phosphate 6.8) raise concern for calciphylaxis.
Plan: port explant 11/12 under local; a wedge of the necrotic skin edge goes to path (request H&E plus calcium stain) and the catheter tip to micro. Hold on new contralateral device until path back; chemo via PIV meanwhile.
"""),
("2020-11-24", "GI Tumor Board Summary", """
GI MULTIDISCIPLINARY TUMOR BOARD - 11/24/2020
Presenter: Dr. L. Renwick (Med Onc)

Pt: 71 y/o woman, KRAS G12D MSS adenocarcinoma of sigmoid colon, synchronous liver mets x3, s/p 6 cycles mFOLFOX6-bev, CT 11/18 with PR in liver.
Comorbidities: ESRD on CCPD, T2DM on degludec, class I obesity (88.0kg, BMI 33.6 today).

Skin issue: port (placed 8/13/20) explanted 11/12; skin wedge from the pocket edge = CALCIPHYLAXIS (small subcutaneous vessels calcified, some occluded by thrombus, adjacent fat necrotic, von Kossa reactive). Tip culture no growth. Onset of pain/discoloration at the port in October 2020; lesion confined to the port incision and pocket.
Discussion: pathology and derm agree the port insertion site was the focus; nephrology starting STS with PD exchanges modified, cinacalcet added.
Recommendations
- chemo holiday x 2 cycles while wound stabilises; resume with PIV access, no new port for now
- if a new device is needed later, avoid the chest wall, discuss PICC vs tunnelled line
- wound care to follow weekly, re-present in January
"""),
]}

U03 = {"patient_id": "U03", "age": 49, "sex": "F", "notes": [
("2022-01-10", "Infusion Visit - Weekly Paclitaxel", """
WEEKLY TAXOL - RN NOTE   wk 7/12 (after ddAC x4)
Cryotherapy: frozen gloves + frozen socks worn for the whole paclitaxel infusion every week since her first taxol on the Monday after Thanksgiving, for neuropathy prevention.
Today she tells me the tops of both feet hurt "like they've been burned by the cold", started early this month, and then a purple lacy pattern came up. On exam: net-like violaceous mottling over both dorsal feet, on the R a dusky 12mm centre, on the L a firm 2cm plaque w/ grey-black middle. DP pulses palp bilat. Hands and fingers fine.
PMH reviewed: ESRD from lupus nephritis, HD M/W/F via R forearm graft; antiphospholipid syndrome, takes warfarin, INR today 2.7.
Held the frozen socks today, gloves continued. Paclitaxel 80mg/m2 given via L chest port w/o incident.
Derm e-consult placed by Dr Oyelaran.
"""),
("2022-01-14", "Dermatology Consult", """
Derm consult - requested by breast onc

49 yo F, ER+/HER2- L breast ca on weekly paclitaxel; lupus nephritis -> ESRD, dialysis thrice weekly; APS (warfarin). BMI 22.4.
HPI: painful feet since the beginning of Jan. Wears frozen socks during each taxol since late November. No trauma otherwise, no new shoes.
Exam: bilateral dorsal feet with retiform purpura, L > R. L dorsal foot: 2.4cm stellate plaque with central necrosis; R dorsal foot: 1.5cm dusky plaque, early eschar. The purpura stops at the ankles, roughly where the socks end. Soles spared.
Ddx: calciphylaxis (ESRD + warfarin) vs cold injury/pernio vs APS thrombotic vasculopathy vs cryoglobulins.
Punch x2 (L dorsal foot, edge of plaque): H&E + von Kossa, and DIF. Cryoglobulins, cold agglutinins, APLA titres sent.
Stop foot cryotherapy completely.
"""),
("2022-01-26", "Breast Oncology Follow-Up", """
Breast Med Onc f/u

Path from 1/14: medial calcium + luminal thrombus in little vessels at the dermal-fat junction (von Kossa showed it well); DIF negative. Cryoglobulins neg. => calciphylaxis of both feet, confirmed.
Lesions limited to the areas covered by the frozen socks; onset in early January, ~5 wks into weekly cryotherapy. Derm and I agree the repeated cold exposure probably triggered it on a background of ESRD and warfarin.
Exam today: both eschars dry, L 2.6cm, R 1.6cm. Pain 7/10.
Plan
- paclitaxel: finish wks 8-12 at 80mg/m2, NO cryotherapy of feet; gloves still ok per pt preference after discussion
- warfarin -> heme consulted re switch to LMWH (APS, triple positive? pending)
- STS with HD per nephro
- podiatry wound care
"""),
]}

U04 = {"patient_id": "U04", "age": 66, "sex": "F", "notes": [
("2023-04-20", "Infusion Center - Hormonal Therapy Injection Visit", """
Fulvestrant 500mg IM given as 2 x 250mg, one into each gluteal site, pt tolerated.
Continues palbociclib 100mg (renally adjusted) 21/7.
Wt 78.2kg  BMI 29.6 (overweight).
Before injection pt showed me a sore on her R forearm, under her lymphedema sleeve, "has been there since 3/28". R arm is her restricted arm (axillary dissection 2016), L arm has her HD fistula so no BPs/sticks on either arm - BP taken on L thigh.
Sore: volar R forearm a few cm below the elbow crease, dark centre 15x10mm with purple halo, very painful, no drainage.
Message to Dr Kowalczyk + referral to lymphedema OT for sleeve check.
"""),
("2023-04-27", "Lymphedema Therapy Note (OT)", """
OUTPATIENT LYMPHEDEMA - TREATMENT NOTE
Dx: secondary lymphedema R UE following R MRM + ALND (2016).
Garment hx: custom flat-knit arm sleeve, 30-40 mmHg, fitted last summer, worn daily from breakfast until bed. Pt reports the sleeve has always rolled and bunched at the inside of the forearm just under the elbow, leaving a deep red groove by evening.
Skin: at that exact groove, volar proximal R forearm, ulcer 20x15mm capped by black eschar, stellate purple margin; surrounding skin tender, indurated. No cellulitis signs.
Circumferential measures stable vs 01/2023.
Plan: stop the sleeve. Temporary light short-stretch wrap that skips the ulcer, reviewed with pt and husband. Dermatology appt already booked. Discussed that to me this is not behaving like a plain pressure sore - asked derm to assess for calciphylaxis given her dialysis.
"""),
("2023-05-08", "Dermatology Consult Note", """
DERMATOLOGY NEW CONSULT
66F, metastatic HR+ R breast cancer (bone), on fulvestrant/palbociclib; ESRD on HD since 2020 (L arm AVF); AF on apixaban, never warfarin; prediabetes (A1c 6.2, untreated). Wt 79.8kg, BMI 30.2.
Ulcer R volar proximal forearm, onset 3/28/23, under the cuff crease of a compression sleeve she has worn since last summer.
Bx 5/1 from ulcer margin: calcific rims around tiny vessels of the panniculus, microthrombi, necrosis of septa and lobules; calcium proven with von Kossa.
Assessment: calciphylaxis, single lesion, localised to the line of chronic sleeve pressure; we regard the garment as the local precipitant.
Plan: wound care (hydrogel, non-adherent contact layer), sleeve on hold permanently at that design, OT to fabricate a seamless alternative. Nephrology aware: STS started with HD, phos binder review. Gluteal IM injections ok to continue, skin there is normal.
"""),
]}

U05 = {"patient_id": "U05", "age": 74, "sex": "M", "notes": [
("2021-10-25", "Chemotherapy Visit - Gem/Nab-Paclitaxel", """
GEM/ABRAXANE C2D15  -  MD/RN combined visit
Hx: metastatic pancreatic adenoca (liver), dx 7/2021. L femoral DVT found on staging CT; enoxaparin (1mg/kg daily, renally adjusted) started the day after Labor Day. He does the shots himself, always left of the belly button ("righty, so that side's handier"). His wife gives the insulin (glargine + lispro sliding scale, pancreatogenic DM) into the R half of his tummy.
C/o a painful hard spot left lower belly x 10 days, "feels like a rock and it's turning black".
Exam: LLQ indurated violaceous plaque 6x4cm, necrotic eschar in the middle (2cm), scattered small enoxaparin bruises around it. R abdomen: a few pinpoint ecchymoses, no nodules, no purpura.
ESRD, HD MWF through R IJ tunneled cath. Wt 60.3kg, BMI 21.0.
ANC 1.1 -> gem/nab-P dose reduced 20%.
Derm asked to see today; plt count stable 164, HIT screen sent anyway.
"""),
("2021-10-28", "Supportive Care Clinic Note", """
Supportive/Palliative Oncology
Seen for pain from the L lower abdominal skin lesion. Pain 9/10, burning, worse when his waistband touches it (loose sweatpants now). Oxycodone 2.5mg q4h prn helping partially; start gabapentin 100mg after HD.
Derm did a deep punch 10/26; path pending. HIT antibody negative. Derm's working list: calciphylaxis, or necrosis of skin from the enoxaparin itself.
Goals of care reviewed; he wants to keep going with chemo while it's working.
"""),
("2021-11-05", "GI Tumor Board Summary", """
GI TUMOR BOARD 11/05/2021 - case 4
74M, metastatic PDAC on gem/nab-P, CA 19-9 falling (2140 -> 880). ESRD on HD, pancreatogenic diabetes on insulin.
Derm path (10/26, LLQ): subcutaneous arterioles calcified, thrombosed; necrotic fat around them; calcium confirmed by von Kossa; vasculitis not seen. Final: calciphylaxis.
The plaque (onset 10/15/21) lies in the exact field of his daily self-injected enoxaparin, begun 09/07/21. No lesions at the insulin sites on the R abdomen.
Consensus
- enoxaparin stopped; apixaban 2.5mg BID instead, nephrology and pharmacy on board
- STS 3x/wk on HD, binder optimisation, wound team
- continue chemo at reduced dose; restage after C4
"""),
]}

U06 = {"patient_id": "U06", "age": 79, "sex": "M", "notes": [
("2023-01-03", "GU Oncology Infusion Visit", """
Docetaxel C4D1 (mCRPC, bone mets), leuprolide continues q12wk - next due Feb.
Interval event: went down on black ice in his driveway New Year's Eve, landing hard on the R buttock. No head strike, no LOC. Walked in with cane, sore.
Skin: R buttock purple-blue ecchymosis 12x9cm, mildly tender, no open area.
INR 3.8 today (warfarin for AF, CHADS-VASc 5) - 1 dose held, anticoag clinic notified.
Also: ESRD, HD T/Th/Sat; T2DM managed by diet alone (last A1c 6.8); Wt 103kg, BMI 31.5 - class I obesity.
ANC 3.9. OK to treat. Docetaxel 60mg/m2 given over 1 hr via PIV R hand.
"""),
("2023-01-30", "GU Oncology Follow-up", """
Pt and daughter here for follow-up. Since mid-January the bruise on his R buttock "turned into a black, rock-hard patch" that is worse than the fall ever was, pain 9/10, cannot sit on it, sleeping on L side.
Exam: R buttock, sitting in the middle of the yellowing ecchymosis, an indurated 7x5cm plaque with black eschar, stellate retiform purpura fringing it, no fluctuance, no odor.
Assessment: necrotic plaque inside a post-fall hematoma in an HD patient taking warfarin. Differential incl. calciphylaxis; skin necrosis due to warfarin; hematoma that has become infected.
Plan: urgent derm (biopsy), wound consult, hold docetaxel C5. CBC/CMP, phos, PTH. INR 2.4.
"""),
("2023-02-08", "Dermatology Procedure and Pathology Note", """
Procedure: 6mm incisional biopsy to fat, R buttock lesion margin, lidocaine w/o epi. Hemostasis w/ pressure, 2 sutures.
Path (rush): medial calcium deposition in tiny subcutaneous arterioles, thrombosis, fat necrosis all around; von Kossa confirms; no vasculitis or organisms.
Dx: calciphylaxis, arising within the hematoma from the 12/31/22 fall. Warfarin likely contributory.
Recs: stop warfarin, cardiology to choose apixaban dosing; STS with HD; offloading cushion; no further docetaxel until wound plan settled (onc aware).
"""),
]}

U07 = {"patient_id": "U07", "age": 56, "sex": "F", "notes": [
("2020-03-12", "Infusion Nursing - PICC Care", """
PICC dressing change + flush, pre-chemo.
L upper arm basilic PICC, 4 Fr DL, placed 2/11/20 for carboplatin/paclitaxel and home TPN. External length 1cm unchanged, arm circumference unchanged.
Skin: medial L upper arm about 2cm from the insertion point there is a tender purple-grey plaque ~4cm with lacy edges. Pt reports it began during the opening week of March; she blamed the dressing tape. No drainage at exit site, no cord, no arm swelling, afebrile.
Photo to chart. Chemo on hold until an MD looks at it; Dr Tanaka-Brooks notified.
"""),
("2020-03-16", "Gynecologic Oncology Progress Note", """
GYN ONC - PROGRESS NOTE
56F, stage IIIC HGSOC s/p interval debulking, on carbo/taxol C4 (delayed), on TPN for malnutrition (alb 2.4). Kidneys normal (creatinine 0.7, eGFR > 90), no renal disease. Hx provoked DVT 2018, completed 12 months of warfarin in 2019, off all anticoagulants since. No diabetes. BMI 18.9.
L upper arm lesion around the PICC site enlarging, now 5cm, central dusky necrosis, exquisitely tender.
A/P: PICC out today, tip sent for culture. Ddx: septic thrombophlebitis/cellulitis (no fever, WBC 7), necrotizing infection (no crepitus), calciphylaxis of the non-uremic type given hypoalbuminemia and malignancy. Derm doing a punch today. Follow up by video due to the COVID-19 restrictions.
"""),
("2020-03-25", "Dermatology Telehealth Follow-up", """
Video visit (COVID-19 precautions). Pt at home with her partner.
Bx 3/16 (L upper arm): calcium within walls of small panniculus vessels, several occluded by thrombus, necrosis of the fat lobules; von Kossa reactive. PICC tip culture negative.
Dx: non-uremic calciphylaxis, limited to the PICC insertion zone of the L upper arm.
Risk factors discussed: malignancy, hypoalbuminemia, prior warfarin, TPN. Normal kidneys.
Plan: daily wound care per HH nursing, pain regimen per palliative, IV STS discussed with onc. New venous access, if needed, not in the L arm.
"""),
]}

PATIENTS = [U01, U02, U03, U04, U05, U06, U07]
